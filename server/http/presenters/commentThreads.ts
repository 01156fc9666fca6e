import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { resolveAnchor } from '../../../shared/comments/anchors.ts';
import { contentFragmentName, guideSchema as editorSchema } from '../../../shared/editor/schema.ts';
import type { CommentReply, CommentThread } from '../../../shared/schemas/comment.ts';
import { guideDocName } from '../../../shared/schemas/documentName.ts';
import type { AppContext } from '../../appContext.ts';
import { readYDoc } from '../../collab/readDocument.ts';
import { listGuideComments, type CommentWithNames } from '../../db/repos/comments.ts';
import { notFound } from '../../errors.ts';

function presentReply(row: CommentWithNames): CommentReply {
  return {
    id: row.id,
    parentId: row.parent_id,
    body: row.body,
    author: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/** Every thread of a guide with its replies, and where its text is now in the live document. */
export async function presentCommentThreads(app: AppContext, guideId: string): Promise<CommentThread[]> {
  const rows = await listGuideComments(app.database.db, guideId);
  const tops = rows.filter((row) => row.parent_id === null);
  const places = await readYDoc(app, guideDocName(guideId), (doc) => {
    const view = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), editorSchema());
    return new Map(
      tops.map((row) => [
        row.id,
        row.anchor_from && row.anchor_to ? resolveAnchor(doc, { from: row.anchor_from, to: row.anchor_to }, view) : null,
      ]),
    );
  });
  return tops.map((row) => ({
    ...presentReply(row),
    anchor: row.anchor_from && row.anchor_to ? { from: row.anchor_from, to: row.anchor_to } : null,
    quote: row.quote,
    anchorText: places?.get(row.id)?.text ?? null,
    blockId: places?.get(row.id)?.blockId ?? row.block_id,
    resolved: row.resolved_at !== null,
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolver_name,
    replies: rows.filter((reply) => reply.parent_id === row.id).map(presentReply),
  }));
}

/** One thread of a guide. */
export async function presentCommentThread(app: AppContext, guideId: string, threadId: string): Promise<CommentThread> {
  const found = (await presentCommentThreads(app, guideId)).find((candidate) => candidate.id === threadId);
  if (!found) throw notFound('Comment');
  return found;
}

/** One reply of a thread. */
export async function presentCommentReply(app: AppContext, guideId: string, threadId: string, replyId: string): Promise<CommentReply> {
  const found = (await presentCommentThread(app, guideId, threadId)).replies.find((reply) => reply.id === replyId);
  if (!found) throw notFound('Comment');
  return found;
}
