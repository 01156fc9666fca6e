import { z } from 'zod';
import type { CommentAnchor } from '../../shared/comments/anchors.ts';
import { commentReplySchema, commentThreadSchema } from '../../shared/schemas/comment.ts';
import { apiFetch } from './apiFetch.ts';

const guideCommentsPath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}/comments`;
const commentPath = (commentId: string) => `/api/comments/${encodeURIComponent(commentId)}`;

/** A guide's comment threads (批注), each with its replies and where its text is now. */
export function fetchComments(guideId: string) {
  return apiFetch(guideCommentsPath(guideId), z.array(commentThreadSchema));
}

/** A new thread on the selected text, anchored by Yjs relative positions. */
export function createCommentThread(guideId: string, anchor: CommentAnchor, body: string) {
  return apiFetch(guideCommentsPath(guideId), commentThreadSchema, { method: 'POST', body: { anchor, body } });
}

/** A reply to a thread. */
export function replyToComment(guideId: string, parentId: string, body: string) {
  return apiFetch(guideCommentsPath(guideId), commentReplySchema, { method: 'POST', body: { parentId, body } });
}

/** 解决 (the thread's author, the leader or the lead drafter): the thread as it is now. */
export function resolveComment(commentId: string) {
  return apiFetch(`${commentPath(commentId)}/resolve`, commentThreadSchema, { method: 'POST', body: {} });
}

/** 重新打开 a resolved thread. */
export function reopenComment(commentId: string) {
  return apiFetch(`${commentPath(commentId)}/reopen`, commentThreadSchema, { method: 'POST', body: {} });
}
