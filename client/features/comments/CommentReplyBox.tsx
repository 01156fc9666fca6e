import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionPicker } from '../notifications/MentionPicker.tsx';
import { createCommentBodySchema } from '../../../shared/schemas/comment.ts';
import { useCommentActions } from './useCommentActions.ts';

interface CommentReplyBoxProps {
  guideId: string;
  threadId: string;
}

/** 回复: a one-line box under a thread that grows into a reply with its button once typed in. */
export function CommentReplyBox({ guideId, threadId }: CommentReplyBoxProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { reply } = useCommentActions(guideId);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!body.trim() || reply.isPending) return;
    const parsed = createCommentBodySchema.safeParse({ parentId: threadId, body: body.trim() });
    if (!parsed.success) return setProblem(parsed.error.issues[0].message);
    setProblem(null);
    reply.mutate({ threadId, body: parsed.data.body }, { onSuccess: () => setBody('') });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };

  return (
    <form className="comment-reply-box" onSubmit={submit}>
      <textarea
        className="comment-textarea"
        rows={body ? 2 : 1}
        maxLength={2000}
        aria-label={t('comments.replyLabel')}
        placeholder={t('comments.replyPlaceholder')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <MentionPicker guideId={guideId} text={body} onPick={setBody} />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {reply.isError && (
        <p className="form-error" role="alert">
          {t('comments.failed', { message: reply.error.message })}
        </p>
      )}
      {body.trim() && (
        <div className="comment-form-actions">
          <button type="submit" className="button button-primary comment-small-button" disabled={reply.isPending}>
            {t('comments.reply')}
          </button>
        </div>
      )}
    </form>
  );
}
