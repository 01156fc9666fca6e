import { Hono } from 'hono';
import { readDocumentJson } from '../../collab/readDocument.ts';
import { findCopyDetail } from '../../db/repos/copies.ts';
import { findGuideDetail, findGuideVersion } from '../../db/repos/guides.ts';
import { authorizeCopy } from '../../authorization.ts';
import { notFound } from '../../errors.ts';
import type { AppContext, AppVariables, SessionUser } from '../appContext.ts';
import { copyDocName } from '../../../shared/schemas/documentName.ts';
import { presentCopy } from '../presenters/copy.ts';
import { requireUser } from '../session.ts';

/** A class copy the user may read, presented; 404 for anyone who may not see it. */
export async function presentCopyById(app: AppContext, id: string, user: SessionUser) {
  const { db } = app.database;
  const { access } = await authorizeCopy(db, user.id, id, 'read');
  const copy = await findCopyDetail(db, id);
  if (!copy) throw notFound('Class copy');
  const guide = await findGuideDetail(db, copy.guide_id);
  if (!guide) throw notFound('Guide');
  const base = await findGuideVersion(db, copy.guide_id, copy.base_version);
  return presentCopy(copy, guide, base?.label ?? `v${copy.base_version}`, access);
}

export function copyRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.get('/:id', async (context) => {
    const user = requireUser(context);
    return context.json(await presentCopyById(app, context.req.param('id'), user));
  });

  routes.get('/:id/content', async (context) => {
    const user = requireUser(context);
    const copy = await presentCopyById(app, context.req.param('id'), user);
    const json = await readDocumentJson(app, copyDocName(copy.id));
    if (!json) throw notFound('Class copy content');
    return context.json(json);
  });

  return routes;
}
