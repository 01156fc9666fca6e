import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';
import { broadcastCommentsChanged } from '../collab/broadcastCommentsChanged.ts';
import { findComment, setCommentResolved } from '../db/repos/comments.ts';
import { ApiError, notFound } from '../errors.ts';

export interface CommentResolverProps {
  app: AppContext;
  /** The thread, or any reply in it. */
  commentId: string;
  actorId: string;
  resolved: boolean;
}

/**
 * Resolves or reopens a comment thread (its author, the leader or the lead drafter). A
 * comment on a guide the teacher may not see answers 404, as the guide itself does.
 * Returns the guide's and the thread's ids.
 */
export async function commentResolver({ app, commentId, actorId, resolved }: CommentResolverProps): Promise<{ guideId: string; threadId: string }> {
  const { db } = app.database;
  const comment = await findComment(db, commentId);
  if (!comment) throw notFound('Comment');
  const threadId = comment.parent_id ?? comment.id;
  const top = threadId === comment.id ? comment : await findComment(db, threadId);
  try {
    await authorizeGuide(db, actorId, comment.guide_id, 'resolveComment', { isThreadAuthor: top?.author_id === actorId });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw notFound('Comment');
    throw error;
  }
  await setCommentResolved(db, threadId, resolved ? { at: new Date().toISOString(), by: actorId } : null);
  broadcastCommentsChanged(app.hocuspocus, comment.guide_id);
  return { guideId: comment.guide_id, threadId };
}
