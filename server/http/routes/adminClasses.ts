import { Hono } from 'hono';
import { createClassBodySchema } from '../../../shared/schemas/admin.ts';
import { authorizeSchool } from '../../authorization.ts';
import { classCreator } from '../../commands/classCreator.ts';
import { listSchoolClasses } from '../../db/repos/schoolAdmin.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** The 教务处's classes: list them with their group and teachers, make one. */
export function adminClassRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageClasses'));

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageClasses');
    return context.json(await listSchoolClasses(db, schoolId));
  });

  routes.post('/', signedIn, jsonBody(createClassBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageClasses');
    const body = context.req.valid('json');
    const id = await classCreator({ app, actorId: actor.id, schoolId, body });
    return context.json((await listSchoolClasses(db, schoolId, [id]))[0], 201);
  });

  return routes;
}
