import { decodeAnchorPosition, resolveAnchor } from '../../shared/comments/anchors.ts';
import { createId } from '../../shared/editor/createId.ts';
import type { CreateCommentBody } from '../../shared/schemas/comment.ts';
import { guideDocName } from '../../shared/schemas/documentName.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';
import { broadcastCommentsChanged } from '../collab/broadcastCommentsChanged.ts';
import { readYDoc } from '../collab/readDocument.ts';
import { findComment, insertComment } from '../db/repos/comments.ts';
import { ApiError, notFound } from '../errors.ts';
import { commentAdded } from '../notifications/guideEvents.ts';

export interface CommentWriterProps {
  app: AppContext;
  guideId: string;
  actorId: string;
  body: CreateCommentBody;
}

/**
 * 批注: a new thread anchored on the guide's text (by Yjs relative positions, which stay on
 * their text while others edit), or a reply to a thread. Comments live in the database, never
 * in the Y.Doc, so teachers who may only comment keep read-only connections. Returns the
 * thread's id and, for a reply, the reply's.
 */
export async function commentWriter({ app, guideId, actorId, body }: CommentWriterProps): Promise<{ threadId: string; replyId: string | null }> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'comment');
  const now = new Date().toISOString();
  const id = createId(12);

  if (body.parentId) {
    const parent = await findComment(db, body.parentId);
    if (!parent || parent.guide_id !== guideId) throw notFound('Comment');
    if (parent.parent_id !== null) {
      throw new ApiError(400, 'invalid_body', 'parentId: 只能回复批注，不能回复回复', ['parentId']);
    }
    await insertComment(db, {
      id,
      guide_id: guideId,
      parent_id: parent.id,
      anchor_from: null,
      anchor_to: null,
      quote: null,
      block_id: null,
      body: body.body,
      author_id: actorId,
      created_at: now,
    });
    broadcastCommentsChanged(app.hocuspocus, guideId);
    await commentAdded(app, { guideId, actorId, body: body.body, threadAuthorId: parent.author_id });
    return { threadId: parent.id, replyId: id };
  }

  const anchor = body.anchor!;
  for (const end of ['from', 'to'] as const) {
    try {
      decodeAnchorPosition(anchor[end]);
    } catch {
      throw new ApiError(400, 'invalid_body', `anchor.${end}: 不是有效的 Yjs 相对位置`, ['anchor', end]);
    }
  }
  const place = await readYDoc(app, guideDocName(guideId), (doc) => resolveAnchor(doc, anchor));
  if (!place) throw new ApiError(400, 'invalid_anchor', 'anchor: 批注的位置不在这份导学案的文字里', ['anchor']);
  await insertComment(db, {
    id,
    guide_id: guideId,
    parent_id: null,
    anchor_from: anchor.from,
    anchor_to: anchor.to,
    quote: place.text.slice(0, 500),
    block_id: place.blockId,
    body: body.body,
    author_id: actorId,
    created_at: now,
  });
  broadcastCommentsChanged(app.hocuspocus, guideId);
  await commentAdded(app, { guideId, actorId, body: body.body, threadAuthorId: null });
  return { threadId: id, replyId: null };
}
