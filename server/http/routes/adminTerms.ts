import { Hono } from 'hono';
import { createTermBodySchema } from '../../../shared/schemas/admin.ts';
import { authorizeSchool } from '../../authorization.ts';
import { termCreator } from '../../commands/termCreator.ts';
import { listTerms } from '../../db/repos/schoolAdmin.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** The 教务处's terms (学期): list them, the latest first, and set a new one. */
export function adminTermRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageTerms'));

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageTerms');
    return context.json(await listTerms(db, schoolId));
  });

  routes.post('/', signedIn, jsonBody(createTermBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageTerms');
    const body = context.req.valid('json');
    const id = await termCreator({ app, actorId: actor.id, schoolId, body });
    return context.json((await listTerms(db, schoolId)).find((term) => term.id === id), 201);
  });

  return routes;
}
