import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createCommentBodySchema } from '../../../shared/schemas/comment.ts';
import { MentionPicker } from '../notifications/MentionPicker.tsx';
import type { PendingComment } from './pendingComment.ts';
import { useCommentActions } from './useCommentActions.ts';

interface CommentComposerProps {
  guideId: string;
  pending: PendingComment;
  onDone: (threadId: string | null) => void;
}

/** Writing a new comment on the text the teacher selected: the quote, the box, 发表 / 取消. */
export function CommentComposer({ guideId, pending, onDone }: CommentComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { create } = useCommentActions(guideId);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim() || create.isPending) return;
    // The rules the server applies (length, no control characters), with their sentence.
    const parsed = createCommentBodySchema.safeParse({ anchor: pending.anchor, body: body.trim() });
    if (!parsed.success) return setProblem(parsed.error.issues[0].message);
    setProblem(null);
    create.mutate({ anchor: pending.anchor, body: parsed.data.body }, { onSuccess: (thread) => onDone(thread.id) });
  };
  // Ctrl/⌘+Enter sends, as in most comment boxes; Escape gives up.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape') onDone(null);
  };

  return (
    <form className="comment-composer" onSubmit={submit} data-testid="comment-composer">
      <blockquote className="comment-quote is-static">{pending.quote}</blockquote>
      <label className="visually-hidden" htmlFor="comment-composer-body">
        {t('comments.bodyLabel')}
      </label>
      <textarea
        id="comment-composer-body"
        className="comment-textarea"
        rows={3}
        maxLength={2000}
        placeholder={t('comments.placeholder')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <MentionPicker guideId={guideId} text={body} onPick={setBody} />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {create.isError && (
        <p className="form-error" role="alert">
          {t('comments.failed', { message: create.error.message })}
        </p>
      )}
      <div className="comment-form-actions">
        <button type="button" className="button button-quiet" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={!body.trim() || create.isPending}>
          {t('comments.submit')}
        </button>
      </div>
    </form>
  );
}
