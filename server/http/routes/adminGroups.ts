import { Hono } from 'hono';
import { createGroupBodySchema, updateGroupBodySchema } from '../../../shared/schemas/admin.ts';
import { authorizeSchool } from '../../authorization.ts';
import { subjectGroupCreator } from '../../commands/subjectGroupCreator.ts';
import { subjectGroupUpdater } from '../../commands/subjectGroupUpdater.ts';
import { listSchoolGroups } from '../../db/repos/schoolAdmin.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** The 教务处's subject groups (备课组): list, make, rename, name the leader, set the members. */
export function adminGroupRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageGroups'));

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageGroups');
    return context.json(await listSchoolGroups(db, schoolId));
  });

  routes.post('/', signedIn, jsonBody(createGroupBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageGroups');
    const body = context.req.valid('json');
    const id = await subjectGroupCreator({ app, actorId: actor.id, schoolId, body });
    return context.json((await listSchoolGroups(db, schoolId, [id]))[0], 201);
  });

  routes.patch('/:id', signedIn, jsonBody(updateGroupBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageGroups');
    const change = context.req.valid('json');
    const groupId = context.req.param('id');
    await subjectGroupUpdater({ app, actorId: actor.id, schoolId, groupId, change });
    return context.json((await listSchoolGroups(db, schoolId, [groupId]))[0]);
  });

  return routes;
}
