import { Hono } from 'hono';
import { z } from 'zod';
import { createCopyBodySchema } from '../../../shared/schemas/copy.ts';
import { createGuideBodySchema, transitionBodySchema } from '../../../shared/schemas/guide.ts';
import { copyForker } from '../../commands/copyForker.ts';
import { guideCreator } from '../../commands/guideCreator.ts';
import { guideHeaderEditor } from '../../commands/guideHeaderEditor.ts';
import { guideHeaderBodySchema } from '../../../shared/schemas/guideHeader.ts';
import { guideTransitioner } from '../../commands/guideTransitioner.ts';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { listGuideCopies } from '../../db/repos/copies.ts';
import {
  findGuideDetail,
  findGuideVersion,
  latestVersions,
  listGuideVersions,
  listGuidesForUser,
} from '../../db/repos/guides.ts';
import { authorizeGuide } from '../../authorization.ts';
import { ApiError, notFound } from '../../errors.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { presentCopySummary } from '../presenters/copy.ts';
import { guideDocName } from '../../../shared/schemas/documentName.ts';
import { presentGuide, presentGuideSummary } from '../presenters/guide.ts';
import { presentGuideLineage } from '../presenters/guideLineage.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';
import { presentCopyById } from './copies.ts';

const contentQuerySchema = z.object({ version: z.coerce.number().int().min(1).optional() });

export function guideRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  /** Loads a guide the user may read; 404 for guides outside the user's groups. */
  async function loadReadableGuide(id: string, user: SessionUser) {
    const { permissions } = await authorizeGuide(db, user.id, id, 'read');
    const guide = await findGuideDetail(db, id);
    if (!guide) throw notFound('Guide');
    return { guide, permissions };
  }

  async function present(id: string, user: SessionUser) {
    const { guide, permissions } = await loadReadableGuide(id, user);
    const [versions, copies, lineage] = await Promise.all([
      listGuideVersions(db, guide.id),
      listGuideCopies(db, guide.id),
      presentGuideLineage(db, guide, user.id),
    ]);
    // The group reads every class copy of its guides (shared/workflow copyAccess).
    return { ...presentGuide(guide, { versions, copies: copies.map(presentCopySummary), permissions }), ...lineage };
  }

  routes.get('/', async (context) => {
    const user = requireUser(context);
    const rows = await listGuidesForUser(db, user.id);
    const latest = await latestVersions(db, rows.map((row) => row.id));
    return context.json(rows.map((row) => presentGuideSummary(row, latest.get(row.id) ?? null)));
  });

  routes.post('/', signedIn, jsonBody(createGuideBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    const id = await guideCreator({ app, actorId: user.id, body });
    return context.json(await present(id, user), 201);
  });

  routes.get('/:id', async (context) => {
    const user = requireUser(context);
    return context.json(await present(context.req.param('id'), user));
  });

  routes.post('/:id/transitions', signedIn, jsonBody(transitionBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    await guideTransitioner({ app, guideId: context.req.param('id'), actorId: user.id, action: body.action, override: body.override, note: body.note });
    return context.json(await present(context.req.param('id'), user));
  });

  routes.patch('/:id/header', signedIn, jsonBody(guideHeaderBodySchema), async (context) => {
    const user = requireUser(context);
    await guideHeaderEditor({ app, guideId: context.req.param('id'), actorId: user.id, body: context.req.valid('json') });
    return context.json(await present(context.req.param('id'), user));
  });

  routes.post('/:id/copies', signedIn, jsonBody(createCopyBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    const copyId = await copyForker({ app, guideId: context.req.param('id'), classId: body.classId, actorId: user.id });
    return context.json(await presentCopyById(app, copyId, user), 201);
  });

  routes.get('/:id/content', async (context) => {
    const user = requireUser(context);
    const { guide } = await loadReadableGuide(context.req.param('id'), user);
    const query = contentQuerySchema.safeParse(context.req.query());
    if (!query.success) {
      throw new ApiError(400, 'invalid_query', `version: ${query.error.issues[0].message}`, ['version']);
    }
    if (query.data.version !== undefined) {
      const version = await findGuideVersion(db, guide.id, query.data.version);
      if (!version) throw notFound(`Version ${query.data.version}`);
      return context.json(JSON.parse(version.json));
    }
    const json = await readDocumentJson(app, guideDocName(guide.id));
    if (!json) throw notFound('Guide content');
    return context.json(json);
  });

  return routes;
}
