import { Hono } from 'hono';
import { createCommentBodySchema } from '../../../shared/schemas/comment.ts';
import { authorizeGuide } from '../../authorization.ts';
import { commentResolver } from '../../commands/commentResolver.ts';
import { commentWriter } from '../../commands/commentWriter.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { presentCommentReply, presentCommentThread, presentCommentThreads } from '../presenters/commentThreads.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/**
 * Comment threads (批注) on a guide: validate → authorize → command → present. The threads
 * reach open editors live through a stateless message the commands send.
 */
export function commentRoutes(app: AppContext) {
  const guides = new Hono<{ Variables: AppVariables }>();
  const comments = new Hono<{ Variables: AppVariables }>();

  guides.get('/:id/comments', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    await authorizeGuide(app.database.db, user.id, guideId, 'read');
    return context.json(await presentCommentThreads(app, guideId));
  });

  guides.post('/:id/comments', signedIn, jsonBody(createCommentBodySchema), async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    const body = context.req.valid('json');
    const { threadId, replyId } = await commentWriter({ app, guideId, actorId: user.id, body });
    const created = replyId
      ? await presentCommentReply(app, guideId, threadId, replyId)
      : await presentCommentThread(app, guideId, threadId);
    return context.json(created, 201);
  });

  for (const action of ['resolve', 'reopen'] as const) {
    comments.post(`/:id/${action}`, async (context) => {
      const user = requireUser(context);
      const { guideId, threadId } = await commentResolver({
        app,
        commentId: context.req.param('id'),
        actorId: user.id,
        resolved: action === 'resolve',
      });
      return context.json(await presentCommentThread(app, guideId, threadId));
    });
  }

  return { guides, comments };
}
