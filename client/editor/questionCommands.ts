import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { createId } from '../../shared/editor/createId.ts';

/** Where a new question goes: after the block child holding the cursor, or at the end of the block. */
function questionInsertionPoint(state: EditorState): number | null {
  const { $from } = state.selection;
  if ($from.depth >= 2) return $from.after(2);
  if ($from.depth === 1) return $from.end(1);
  const block = $from.nodeAfter;
  if (block) return $from.pos + block.nodeSize - 1;
  return null;
}

/** Adds an empty question (no tier yet) below the cursor and puts the cursor in it. */
export function insertQuestion(editor: Editor): boolean {
  const position = questionInsertionPoint(editor.state);
  if (position === null) return false;
  return insertQuestionAfter(editor, position);
}

/** Adds an empty question (no tier yet) at a position between blocks and puts the cursor in it. */
export function insertQuestionAfter(editor: Editor, position: number): boolean {
  return editor
    .chain()
    .insertContentAt(position, {
      type: 'question',
      attrs: { id: createId(), tier: null },
      content: [{ type: 'paragraph' }],
    })
    .setTextSelection(position + 2)
    .scrollIntoView()
    .focus()
    .run();
}

/** The question around the cursor, if it has no answer yet. */
function questionWithoutAnswer(state: EditorState): { pos: number; size: number } | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'answer') return null;
    if (node.type.name === 'question') {
      if (node.lastChild?.type.name === 'answer') return null;
      return { pos: $from.before(depth), size: node.nodeSize };
    }
  }
  return null;
}

export function canInsertAnswer(state: EditorState): boolean {
  return questionWithoutAnswer(state) !== null;
}

/** Adds the answer (teacher edition only) at the end of the question holding the cursor. */
export function insertAnswer(editor: Editor): boolean {
  const question = questionWithoutAnswer(editor.state);
  if (!question) return false;
  const position = question.pos + question.size - 1;
  return editor
    .chain()
    .insertContentAt(position, { type: 'answer', content: [{ type: 'paragraph' }] })
    .setTextSelection(position + 2)
    .scrollIntoView()
    .focus()
    .run();
}

/**
 * Deletes the question at a position (its answer with it). The last piece of a block is
 * replaced by an empty paragraph, since a block always holds something to write in.
 */
export function deleteQuestionAt(editor: Editor, position: number): boolean {
  const question = editor.state.doc.nodeAt(position);
  if (question?.type.name !== 'question') return false;
  const $position = editor.state.doc.resolve(position);
  const onlyChild = $position.parent.childCount === 1;
  return editor
    .chain()
    .command(({ tr, state }) => {
      if (onlyChild) tr.replaceWith(position, position + question.nodeSize, state.schema.nodes.paragraph!.create());
      else tr.delete(position, position + question.nodeSize);
      return true;
    })
    .run();
}
