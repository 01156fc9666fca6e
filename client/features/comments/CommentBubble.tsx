import type { Editor } from '@tiptap/core';
import { BubbleMenu } from '@tiptap/react/menus';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { useTranslation } from 'react-i18next';
import { CommentIcon } from './CommentIcon.tsx';

interface CommentBubbleProps {
  editor: Editor;
  onComment: () => void;
}

interface ShouldShowProps {
  editor: Editor;
  view: EditorView;
  state: EditorState;
  from: number;
  to: number;
}

/**
 * Shown over selected text. Unlike Tiptap's default it also shows in a read-only editor:
 * teachers who may only comment select text there too, and that view never takes focus.
 */
function selectionIsCommentable({ editor, view, state, from, to }: ShouldShowProps): boolean {
  if (state.selection.empty) return false;
  if (!state.doc.textBetween(from, to, '\n').trim()) return false;
  return view.hasFocus() || !editor.isEditable;
}

/** The small 批注 button beside a selection. */
export function CommentBubble({ editor, onComment }: CommentBubbleProps) {
  const { t } = useTranslation();
  return (
    <BubbleMenu
      editor={editor}
      pluginKey="commentBubbleMenu"
      shouldShow={selectionIsCommentable}
      options={{ placement: 'top', offset: 6 }}
      className="comment-bubble"
    >
      <button
        type="button"
        className="comment-bubble-button"
        data-testid="comment-bubble-button"
        // Keep the selection: the click must not move it before the anchor is taken.
        onMouseDown={(event) => event.preventDefault()}
        onClick={onComment}
      >
        <CommentIcon /> {t('comments.add')}
      </button>
    </BubbleMenu>
  );
}
