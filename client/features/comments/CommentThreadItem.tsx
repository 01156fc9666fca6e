import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentReply, CommentThread } from '../../../shared/schemas/comment.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { CommentReplyBox } from './CommentReplyBox.tsx';
import { useCommentActions } from './useCommentActions.ts';

interface CommentThreadItemProps {
  guideId: string;
  thread: CommentThread;
  active: boolean;
  /** May add replies (the guide's access allows comments). */
  mayReply: boolean;
  /** May resolve and reopen: the thread's author, the leader or the lead drafter. */
  mayResolve: boolean;
  /** The teacher picked the thread: show its text in the paper. */
  onSelect: () => void;
}

function CommentEntry({ entry, className }: { entry: CommentReply; className: string }) {
  return (
    <div className={className}>
      <p className="comment-meta">
        <span className="comment-author">{entry.authorName}</span>
        <time className="comment-time" dateTime={entry.createdAt}>
          {formatDateTime(entry.createdAt)}
        </time>
      </p>
      <p className="comment-body">{entry.body}</p>
    </div>
  );
}

/** One thread: the commented text, the comment, its replies, a reply box, 解决 / 重新打开. */
export function CommentThreadItem({ guideId, thread, active, mayReply, mayResolve, onSelect }: CommentThreadItemProps) {
  const { t } = useTranslation();
  const { setResolved } = useCommentActions(guideId);
  const item = useRef<HTMLLIElement>(null);
  const deleted = thread.anchorText === null;

  // Picked in the paper: bring the thread into view in the panel.
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const classes = ['comment-thread', active ? 'is-active' : '', thread.resolved ? 'is-resolved' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={item} className={classes} data-comment-id={thread.id} data-testid="comment-thread">
      <button
        type="button"
        className="comment-quote"
        onClick={onSelect}
        disabled={deleted}
        title={deleted ? undefined : t('comments.showInPaper')}
      >
        {thread.quote ?? '—'}
      </button>
      {deleted && <span className="tag tag-quiet comment-deleted">{t('comments.quoteDeleted')}</span>}
      <CommentEntry entry={thread} className="comment-entry" />
      {thread.replies.length > 0 && (
        <ol className="comment-replies" aria-label={t('comments.replies', { count: thread.replies.length })}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <CommentEntry entry={reply} className="comment-entry is-reply" />
            </li>
          ))}
        </ol>
      )}
      {thread.resolved && (
        <p className="comment-resolved-note">
          {t('comments.resolvedBy', { name: thread.resolvedByName ?? '', time: formatDateTime(thread.resolvedAt) })}
        </p>
      )}
      {mayReply && !thread.resolved && <CommentReplyBox guideId={guideId} threadId={thread.id} />}
      {mayResolve && (
        <div className="comment-thread-actions">
          <button
            type="button"
            className="button comment-small-button"
            disabled={setResolved.isPending}
            onClick={() => setResolved.mutate({ threadId: thread.id, resolved: !thread.resolved })}
          >
            {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
      {setResolved.isError && (
        <p className="form-error" role="alert">
          {t('comments.failed', { message: setResolved.error.message })}
        </p>
      )}
    </li>
  );
}
