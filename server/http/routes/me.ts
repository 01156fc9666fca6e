import { Hono } from 'hono';
import { changePasswordBodySchema } from '../../../shared/schemas/admin.ts';
import { passwordChanger } from '../../commands/passwordChanger.ts';
import { listUserClasses, listUserGroups } from '../../db/repos/groups.ts';
import { timeZoneOfUser } from '../../db/repos/schools.ts';
import { findSchoolStanding } from '../../db/repos/schoolUsers.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

export function meRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', async (context) => {
    const user = requireUser(context);
    const [groups, classes, standing, account, timeZone] = await Promise.all([
      listUserGroups(app.database.db, user.id),
      listUserClasses(app.database.db, user.id),
      findSchoolStanding(app.database.db, user.id),
      app.database.db.selectFrom('users').select('must_change_password').where('id', '=', user.id).executeTakeFirst(),
      timeZoneOfUser(app.database.db, user.id),
    ]);
    return context.json({ user, groups, classes, roles: standing.roles, mustChangePassword: Number(account?.must_change_password) === 1, timeZone });
  });
  /** Every teacher changes their own password (and must, after an initial one from the 教务处). */
  routes.post('/password', signedIn, jsonBody(changePasswordBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    await passwordChanger({ app, userId: user.id, sessionToken: context.get('token')!, current: body.current, next: body.next });
    return context.json({ ok: true });
  });
  return routes;
}
