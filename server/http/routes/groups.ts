import { Hono } from 'hono';
import { findMembership, listGroupMembers } from '../../db/repos/groups.ts';
import { forbidden } from '../apiError.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

export function groupRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/:id/members', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    if (!(await findMembership(app.database.db, groupId, user.id))) throw forbidden('你不是该备课组的成员');
    return context.json(await listGroupMembers(app.database.db, groupId));
  });
  return routes;
}
