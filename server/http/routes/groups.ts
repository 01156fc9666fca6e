import { Hono } from 'hono';
import { authorizeGroup } from '../../authorization.ts';
import { listGroupMembers } from '../../db/repos/groups.ts';
import { latestVersions, listGroupGuides } from '../../db/repos/guides.ts';
import { presentGuideSummary } from '../presenters/guide.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

export function groupRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/:id/members', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    await authorizeGroup(app.database.db, user.id, groupId, 'read');
    return context.json(await listGroupMembers(app.database.db, groupId));
  });
  /** The group's term plan (学期备课计划): every lesson with its lead drafter, due date, stage and version. */
  routes.get('/:id/plan', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    await authorizeGroup(app.database.db, user.id, groupId, 'read');
    const rows = await listGroupGuides(app.database.db, groupId);
    const latest = await latestVersions(app.database.db, rows.map((row) => row.id));
    return context.json(rows.map((row) => presentGuideSummary(row, latest.get(row.id) ?? null)));
  });

  return routes;
}
