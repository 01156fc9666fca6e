import type { Editor, JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

/**
 * Puts copied blocks after the block holding the caret (at the end of the guide when the caret
 * is nowhere) in one step the teacher can undo, and moves the caret into the first of them. In
 * 建议模式 the editor's suggestion mode turns the insertion into a suggested one.
 */
export function insertCopiedBlocks(editor: Editor, blocks: JSONContent[], afterIndex: number | null): boolean {
  const { doc } = editor.state;
  const index = afterIndex === null || afterIndex >= doc.childCount ? doc.childCount - 1 : afterIndex;
  let position = 0;
  for (let child = 0; child <= index; child += 1) position += doc.child(child).nodeSize;
  const nodes = blocks.map((block) => editor.schema.nodeFromJSON(block));
  return editor
    .chain()
    .command(({ tr }) => {
      tr.insert(position, nodes);
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(position + 1, tr.doc.content.size))));
      return true;
    })
    .scrollIntoView()
    .focus()
    .run();
}

/** The index of the top-level block holding the caret, or null when the editor is not focused there. */
export function caretBlockIndex(editor: Editor): number | null {
  const { $from } = editor.state.selection;
  return $from.depth >= 1 ? $from.index(0) : null;
}
