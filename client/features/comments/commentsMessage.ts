import { commentsChangedMessageSchema, type CommentsChangedMessage } from '../../../shared/schemas/comment.ts';

/** The comments-changed notice in a stateless payload, or null for any other message. */
export function parseCommentsMessage(payload: string): CommentsChangedMessage | null {
  try {
    const parsed = commentsChangedMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
