import { Hono } from 'hono';
import { listUserClasses, listUserGroups } from '../../db/repos/groups.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

export function meRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', async (context) => {
    const user = requireUser(context);
    const [groups, classes] = await Promise.all([
      listUserGroups(app.database.db, user.id),
      listUserClasses(app.database.db, user.id),
    ]);
    return context.json({ user, groups, classes });
  });
  return routes;
}
