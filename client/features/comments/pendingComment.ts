import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import { anchorForRange, type CommentAnchor } from '../../../shared/comments/anchors.ts';
import { bindingMapping } from './commentHighlights.ts';

/** A comment being written: where it will sit, and the text it is about. */
export interface PendingComment {
  anchor: CommentAnchor;
  quote: string;
}

/**
 * The editor's selection as the place of a new comment, or null when nothing (or only
 * blank space) is selected. The anchor is taken at once, so the place stays on its text
 * while the teacher writes and others type.
 */
export function pendingCommentForSelection(editor: Editor, document: Y.Doc): PendingComment | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const quote = editor.state.doc.textBetween(from, to, '\n').trim();
  if (!quote) return null;
  const mapping = bindingMapping(editor.state);
  if (!mapping) return null;
  return { anchor: anchorForRange(document, from, to, mapping), quote };
}
