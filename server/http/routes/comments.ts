import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { Hono } from 'hono';
import { decodeAnchorPosition, resolveAnchor } from '../../../shared/comments/anchors.ts';
import { contentFragmentName, guideSchema as editorSchema } from '../../../shared/editor/schema.ts';
import {
  createCommentBodySchema,
  type CommentReply,
  type CommentThread,
  type CommentsChangedMessage,
} from '../../../shared/schemas/comment.ts';
import { createId } from '../../../shared/editor/createId.ts';
import { mayComment } from '../../../shared/workflow/access.ts';
import { mayResolveComment } from '../../../shared/workflow/transitions.ts';
import { readYDoc } from '../../collab/readDocument.ts';
import {
  findComment,
  insertComment,
  listGuideComments,
  setCommentResolved,
  type CommentWithNames,
} from '../../db/repos/comments.ts';
import { findGuideRow } from '../../db/repos/guides.ts';
import { guidePermissions } from '../../policies/guidePermissions.ts';
import { ApiError, forbidden, notFound } from '../apiError.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { parseBody } from '../parseBody.ts';
import { guideDocName } from '../presenters/guide.ts';
import { requireUser } from '../session.ts';

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

/**
 * Comment threads (批注) on a guide. They live in the database, never in the Y.Doc, so
 * teachers who may only comment keep read-only connections; they are anchored by Yjs
 * relative positions, which stay on their text while others edit, and reach open editors
 * live through a stateless message.
 */
export function commentRoutes(app: AppContext) {
  const guides = new Hono<{ Variables: AppVariables }>();
  const comments = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  async function loadGuide(guideId: string, user: SessionUser) {
    const guide = await findGuideRow(db, guideId);
    if (!guide) throw notFound('Guide');
    const permissions = await guidePermissions(db, guide, user.id);
    if (permissions.access === 'none') throw notFound('Guide');
    return { guide, permissions };
  }

  /** Every thread of a guide with its replies, and where its text is now. */
  async function threads(guideId: string): Promise<CommentThread[]> {
    const rows = await listGuideComments(db, guideId);
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

  async function thread(guideId: string, id: string): Promise<CommentThread> {
    const found = (await threads(guideId)).find((candidate) => candidate.id === id);
    if (!found) throw notFound('Comment');
    return found;
  }

  function announce(guideId: string) {
    const message: CommentsChangedMessage = { type: 'comments', guideId };
    app.hocuspocus.documents.get(guideDocName(guideId))?.broadcastStateless(JSON.stringify(message));
  }

  guides.get('/:id/comments', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    await loadGuide(guideId, user);
    return context.json(await threads(guideId));
  });

  guides.post('/:id/comments', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    const { permissions } = await loadGuide(guideId, user);
    const body = await parseBody(context, createCommentBodySchema);
    if (!mayComment(permissions.access)) throw forbidden('你现在不能批注这份导学案');
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
        author_id: user.id,
        created_at: now,
      });
      announce(guideId);
      const created = (await thread(guideId, parent.id)).replies.find((reply) => reply.id === id)!;
      return context.json(created, 201);
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
    if (!place) {
      throw new ApiError(400, 'invalid_anchor', 'anchor: 批注的位置不在这份导学案的文字里', ['anchor']);
    }
    await insertComment(db, {
      id,
      guide_id: guideId,
      parent_id: null,
      anchor_from: anchor.from,
      anchor_to: anchor.to,
      quote: place.text.slice(0, 500),
      block_id: place.blockId,
      body: body.body,
      author_id: user.id,
      created_at: now,
    });
    announce(guideId);
    return context.json(await thread(guideId, id), 201);
  });

  for (const action of ['resolve', 'reopen'] as const) {
    comments.post(`/:id/${action}`, async (context) => {
      const user = requireUser(context);
      const comment = await findComment(db, context.req.param('id'));
      if (!comment) throw notFound('Comment');
      const { permissions } = await loadGuide(comment.guide_id, user).catch(() => {
        throw notFound('Comment');
      });
      const threadId = comment.parent_id ?? comment.id;
      const top = threadId === comment.id ? comment : await findComment(db, threadId);
      if (!mayComment(permissions.access)) throw forbidden('你现在不能处理这份导学案的批注');
      if (!mayResolveComment(permissions.roles, top?.author_id === user.id)) {
        throw forbidden('只有批注人、备课组长或主备教师可以解决批注');
      }
      await setCommentResolved(db, threadId, action === 'resolve' ? { at: new Date().toISOString(), by: user.id } : null);
      announce(comment.guide_id);
      return context.json(await thread(comment.guide_id, threadId));
    });
  }

  return { guides, comments };
}
