import { useCallback, useMemo, useState } from 'react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { mayComment } from '../../../shared/workflow/access.ts';
import { mayResolveComment } from '../../../shared/workflow/transitions.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMe } from '../auth/useMe.ts';
import type { ReviewPanelProps } from '../review/reviewPanelProps.ts';
import { CommentBubble } from './CommentBubble.tsx';
import { CommentComposer } from './CommentComposer.tsx';
import type { HighlightedThread } from './commentHighlights.ts';
import { CommentThreadItem } from './CommentThreadItem.tsx';
import { pendingCommentForSelection, type PendingComment } from './pendingComment.ts';
import { useCommentHighlights } from './useCommentHighlights.ts';
import { useGuideComments } from './useGuideComments.ts';
import './comments.css';

type ThreadFilter = 'open' | 'resolved';

/**
 * 批注 beside the live guide: the open threads (or the resolved ones), each with its text,
 * replies and 解决; a new one from the selected text, through the bubble over the selection
 * or the panel's button. The open threads' text is highlighted in the paper.
 */
export function CommentsPanel({ guide, editor, session }: ReviewPanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const comments = useGuideComments(guide.id, session.provider);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingComment | null>(null);
  const canComment = mayComment(guide.access);
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: current }) => (current ? !current.state.selection.empty : false),
  });

  const threads = useMemo(() => comments.data ?? [], [comments.data]);
  const openThreads = threads.filter((thread) => !thread.resolved);
  const resolvedThreads = threads.filter((thread) => thread.resolved);
  const shown = filter === 'open' ? openThreads : resolvedThreads;

  // The open threads are highlighted; a resolved one too while it is picked in 已解决.
  const highlighted = useMemo<HighlightedThread[]>(
    () =>
      threads.flatMap((thread) => {
        if (!thread.anchor) return [];
        const shownResolved = filter === 'resolved' && thread.id === activeId;
        return !thread.resolved || shownResolved ? [{ id: thread.id, anchor: thread.anchor }] : [];
      }),
    [threads, activeId, filter],
  );
  const activateFromPaper = useCallback(
    (threadId: string) => {
      setActiveId(threadId);
      const picked = threads.find((thread) => thread.id === threadId);
      if (picked) setFilter(picked.resolved ? 'resolved' : 'open');
    },
    [threads],
  );
  useCommentHighlights(editor, session.document, highlighted, activeId, pending?.anchor ?? null, activateFromPaper);

  const startComment = () => {
    if (!editor) return;
    const next = pendingCommentForSelection(editor, session.document);
    if (next) setPending(next);
  };

  const showInPaper = (threadId: string) => {
    setActiveId(threadId);
    // The highlight carries the thread's id; it is already in the paper for an open thread,
    // and appears with this render for a resolved one.
    requestAnimationFrame(() => {
      const text = editor?.view.dom.querySelector(`[data-comment-id="${CSS.escape(threadId)}"]`);
      text?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
  };

  return (
    <section className="side-panel comments-panel" aria-labelledby="comments-title" data-testid="comments-panel">
      <div className="comments-panel-head">
        <h2 id="comments-title" className="side-panel-title">
          {t('comments.title')}
        </h2>
        {openThreads.length > 0 && <span className="tag">{t('comments.openCount', { count: openThreads.length })}</span>}
      </div>

      <div className="comments-filter" role="tablist" aria-label={t('comments.filterLabel')}>
        {(['open', 'resolved'] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={filter === value}
            className={filter === value ? 'comments-filter-tab is-selected' : 'comments-filter-tab'}
            onClick={() => {
              setFilter(value);
              setActiveId(null);
            }}
          >
            {t(`comments.filter.${value}`)}
            <span className="comments-filter-count">
              {value === 'open' ? openThreads.length : resolvedThreads.length}
            </span>
          </button>
        ))}
      </div>

      {canComment && !pending && (
        <button
          type="button"
          className="button button-wide comments-add"
          disabled={!hasSelection}
          title={hasSelection ? undefined : t('comments.selectFirst')}
          onClick={startComment}
        >
          {t('comments.addForSelection')}
        </button>
      )}
      {!canComment && <p className="side-panel-note muted">{t('comments.mayNotComment')}</p>}
      {pending && (
        <CommentComposer
          guideId={guide.id}
          pending={pending}
          onDone={(threadId) => {
            setPending(null);
            // The text is marked as commented now (or was given up): let go of the selection,
            // so the 批注 bubble does not offer it again.
            if (editor && !editor.isDestroyed) editor.commands.setTextSelection(editor.state.selection.to);
            if (threadId) {
              setFilter('open');
              setActiveId(threadId);
            }
          }}
        />
      )}

      {comments.isError && (
        <ErrorMessage title={t('comments.loadFailed')} error={comments.error} onRetry={() => void comments.refetch()} />
      )}
      {comments.isPending && <p className="side-panel-note muted">{t('common.loading')}</p>}
      {comments.isSuccess && shown.length === 0 && (
        <p className="side-panel-note muted">
          {filter === 'open' ? t('comments.empty') : t('comments.resolvedEmpty')}
          {filter === 'open' && canComment && (
            <>
              <br />
              {t('comments.emptyHint')}
            </>
          )}
        </p>
      )}
      {shown.length > 0 && (
        <ol className="comment-threads" data-filter={filter}>
          {shown.map((thread) => (
            <CommentThreadItem
              key={thread.id}
              guideId={guide.id}
              thread={thread}
              active={thread.id === activeId}
              mayReply={canComment}
              mayResolve={canComment && mayResolveComment(guide.myRoles, thread.author === me.data?.user.id)}
              onSelect={() => showInPaper(thread.id)}
            />
          ))}
        </ol>
      )}

      {editor && canComment && !pending && <CommentBubble editor={editor} onComment={startComment} />}
    </section>
  );
}
