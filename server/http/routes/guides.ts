import { Hono } from 'hono';
import { z } from 'zod';
import { createGuideBodySchema } from '../../../shared/schemas/guide.ts';
import { guideCreator } from '../../commands/guideCreator.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { findMembership } from '../../db/repos/groups.ts';
import { findGuideDetail, findGuideVersion, listGuideVersions, listGuidesForUser } from '../../db/repos/guides.ts';
import { guideAccess } from '../../policies/guideAccess.ts';
import { ApiError, notFound } from '../apiError.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { parseBody } from '../parseBody.ts';
import { guideDocName, presentGuide, presentGuideSummary } from '../presenters/guide.ts';
import { requireUser } from '../session.ts';

const contentQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export function guideRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  /** Loads a guide the user may read; 404 for guides outside the user's groups. */
  async function loadReadableGuide(id: string, user: SessionUser) {
    const guide = await findGuideDetail(db, id);
    if (!guide) throw notFound('Guide');
    const membership = await findMembership(db, guide.group_id, user.id);
    if (guideAccess({ groupRole: membership?.role ?? null }) === 'none') throw notFound('Guide');
    return guide;
  }

  routes.get('/', async (context) => {
    const user = requireUser(context);
    const rows = await listGuidesForUser(db, user.id);
    return context.json(rows.map(presentGuideSummary));
  });

  routes.post('/', async (context) => {
    const user = requireUser(context);
    const body = await parseBody(context, createGuideBodySchema);
    const id = await guideCreator({ app, actorId: user.id, body });
    const guide = await loadReadableGuide(id, user);
    return context.json(presentGuide(guide, []), 201);
  });

  routes.get('/:id', async (context) => {
    const user = requireUser(context);
    const guide = await loadReadableGuide(context.req.param('id'), user);
    return context.json(presentGuide(guide, await listGuideVersions(db, guide.id)));
  });

  routes.get('/:id/content', async (context) => {
    const user = requireUser(context);
    const guide = await loadReadableGuide(context.req.param('id'), user);
    const query = contentQuerySchema.safeParse(context.req.query());
    if (!query.success) {
      throw new ApiError(400, 'invalid_query', `version: ${query.error.issues[0].message}`, ['version']);
    }
    if (query.data.version !== undefined) {
      const version = await findGuideVersion(db, guide.id, query.data.version);
      if (!version) throw notFound(`Version ${query.data.version}`);
      return context.json(JSON.parse(version.json));
    }
    const json = readDocumentJson(app, guideDocName(guide.id));
    if (!json) throw notFound('Guide content');
    return context.json(json);
  });

  return routes;
}
