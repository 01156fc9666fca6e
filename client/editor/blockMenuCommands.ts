import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { BlockKind } from '../../shared/editor/blockKinds.ts';

/**
 * Adds a block of this kind after the block holding the cursor (at the end when the cursor is
 * nowhere), then moves the cursor into it so the teacher can start writing.
 */
export function addGuideBlock(editor: Editor, kind: BlockKind): boolean {
  const { state } = editor;
  const { $from } = state.selection;
  const current = $from.depth >= 1 ? $from.node(1) : null;
  const currentIndex = $from.depth >= 1 ? $from.index(0) : -1;
  const afterId = editor.isFocused && current ? ((current.attrs.id as string | null) ?? null) : null;
  const newIndex = afterId ? currentIndex + 1 : state.doc.childCount;

  return editor
    .chain()
    .insertGuideBlock({ kind, afterId })
    .command(({ tr }) => {
      if (newIndex >= tr.doc.childCount) return true;
      let blockPos = 0;
      for (let index = 0; index < newIndex; index += 1) blockPos += tr.doc.child(index).nodeSize;
      tr.setSelection(TextSelection.near(tr.doc.resolve(blockPos + 1)));
      return true;
    })
    .scrollIntoView()
    .focus()
    .run();
}
