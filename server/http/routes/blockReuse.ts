import { Hono } from 'hono';
import { blockReuseBodySchema, versionBlocksParamsSchema, type BlockReuseResponse, type VersionBlocks } from '../../../shared/schemas/blockReuse.ts';
import { blockReuser } from '../../commands/blockReuser.ts';
import { readVersionBlocks } from '../../commands/versionBlocksReader.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody, pathParams } from '../validate.ts';

/**
 * 从其他导学案复制 (mounted at /api):
 * - GET /api/guides/:id/versions/:number/blocks: the blocks of a saved version the user may read;
 * - POST /api/block-reuses: those blocks made ready for the guide or class copy being edited,
 *   with new ids and their credit, and the reuse recorded on the source.
 */
export function blockReuseRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  routes.get('/guides/:id/versions/:number/blocks', pathParams(versionBlocksParamsSchema), async (context) => {
    const user = requireUser(context);
    const { id, number } = context.req.valid('param');
    return context.json((await readVersionBlocks(db, user.id, id, number)) satisfies VersionBlocks);
  });

  routes.post('/block-reuses', signedIn, jsonBody(blockReuseBodySchema), async (context) => {
    const user = requireUser(context);
    const blocks = await blockReuser({ app, actorId: user.id, body: context.req.valid('json') });
    return context.json({ blocks } as BlockReuseResponse, 201);
  });

  return routes;
}
