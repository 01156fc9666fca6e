import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { CommentAnchor } from '../../../shared/comments/anchors.ts';
import {
  commentHighlightsKey,
  commentHighlightsPlugin,
  type CommentHighlightsMeta,
  type HighlightedThread,
} from './commentHighlights.ts';

/**
 * Puts the highlight plugin on the live editor for as long as the panel is open, and hands it
 * the threads to highlight, the active one and the draft's text whenever they change.
 */
export function useCommentHighlights(
  editor: Editor | null,
  document: Y.Doc,
  threads: readonly HighlightedThread[],
  activeId: string | null,
  draft: CommentAnchor | null,
  onActivate: (threadId: string) => void,
): void {
  // The plugin lives as long as the editor; the callback may change on every render.
  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  });

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.registerPlugin(commentHighlightsPlugin({ document, onActivate: (threadId) => activate.current(threadId) }));
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentHighlightsKey);
    };
  }, [editor, document]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const meta: CommentHighlightsMeta = { threads, activeId, draft };
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false));
  }, [editor, document, threads, activeId, draft]);
}
