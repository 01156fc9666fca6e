import { Extension } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { suggestionModeKey } from '../../shared/editor/extensions/suggestionMode.ts';
import { insertQuestionAfter } from './questionCommands.ts';

/** The depth of the question around a position, when it is at the end of the question's own text. */
function endOfQuestionDepth($from: ResolvedPos): number | null {
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'answer') return null;
    if (node.type.name !== 'question') continue;
    // The caret's paragraph must be the question's last piece of text (before its answer, if any)…
    const paragraphDepth = depth + 1;
    if ($from.depth !== paragraphDepth || $from.parent.type.name !== 'paragraph') return null;
    const index = $from.index(depth);
    const last = node.lastChild?.type.name === 'answer' ? node.childCount - 2 : node.childCount - 1;
    if (index !== last) return null;
    // …non-empty, and the caret at its end.
    if ($from.parent.content.size === 0 || $from.parentOffset !== $from.parent.content.size) return null;
    return depth;
  }
  return null;
}

function suggesting(state: EditorState): boolean {
  return suggestionModeKey.getState(state)?.enabled ?? false;
}

/** A template's bold label: a bold run ending in a colon (重点：, 我的疑惑：) right before the caret. */
function afterBoldLabel(state: EditorState): boolean {
  const { selection, storedMarks } = state;
  if (!selection.empty || storedMarks) return false;
  return boldLabelBefore(state, selection.$from);
}

function boldLabelBefore(state: EditorState, $from: ResolvedPos): boolean {
  const before = $from.nodeBefore;
  if (!before?.isText || !before.text) return false;
  const bold = state.schema.marks.bold;
  if (!bold || !bold.isInSet(before.marks)) return false;
  if (!/[：:]\s*$/.test(before.text)) return false;
  const after = $from.nodeAfter;
  return !(after?.isText && bold.isInSet(after.marks));
}

const boldLabelKey = new PluginKey('boldLabelEnd');

/**
 * What teachers expect while writing a guide:
 * - Enter at the end of a question's text starts the next question (Shift+Enter still breaks
 *   the line; in 建议模式 Enter stays a plain new paragraph, which is what a suggestion can hold);
 * - text typed right after a template's bold label (重点：) is not bold: the caret there takes
 *   the marks around it without the bold.
 */
export const EditingComforts = Extension.create({
  name: 'editingComforts',
  // Before the paragraph's own Enter (split), which it leaves to every other place.
  priority: 110,

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { state } = editor;
        if (!editor.isEditable || !state.selection.empty || suggesting(state)) return false;
        const depth = endOfQuestionDepth(state.selection.$from);
        if (depth === null) return false;
        return insertQuestionAfter(editor, state.selection.$from.after(depth));
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: boldLabelKey,
        props: {
          // Typing right at the label's end: the text goes in without the bold (the stored
          // marks below do the same for other ways of entering text, such as an input method).
          handleTextInput: (view, from, to, text) => {
            const { state } = view;
            if (from !== to || suggesting(state)) return false;
            const $from = state.doc.resolve(from);
            if (!boldLabelBefore(state, $from)) return false;
            const bold = state.schema.marks.bold!;
            const marks = bold.removeFromSet(state.storedMarks ?? $from.marks());
            view.dispatch(state.tr.replaceWith(from, to, state.schema.text(text, marks)).scrollIntoView());
            return true;
          },
        },
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.selectionSet || tr.docChanged)) return null;
          if (!afterBoldLabel(state)) return null;
          const bold = state.schema.marks.bold!;
          return state.tr.setStoredMarks(bold.removeFromSet(state.selection.$from.marks()));
        },
      }),
    ];
  },
});
