import { Hono } from 'hono';
import { z } from 'zod';
import { createUserBodySchema, updateUserBodySchema } from '../../../shared/schemas/admin.ts';
import { authorizeSchool } from '../../authorization.ts';
import { teacherCreator } from '../../commands/teacherCreator.ts';
import { teacherUpdater } from '../../commands/teacherUpdater.ts';
import { findSchoolUser, listSchoolUsers } from '../../db/repos/schoolUsers.ts';
import { maxRosterBytes } from '../../roster/readRosterFile.ts';
import { notFound } from '../../errors.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { parseUploadForm } from '../parseUploadForm.ts';
import { presentAdminUsers } from '../presenters/adminUser.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** The 教务处's teachers: list, add, import the roster, rename, reset a password, deactivate. */
export function adminUserRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageUsers'));

  async function presentOne(schoolId: string, userId: string) {
    const row = await findSchoolUser(db, schoolId, userId);
    if (!row) throw notFound('Teacher');
    return (await presentAdminUsers(db, [row]))[0];
  }

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageUsers');
    return context.json(await presentAdminUsers(db, await listSchoolUsers(db, schoolId)));
  });

  routes.post('/', signedIn, jsonBody(createUserBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageUsers');
    const body = context.req.valid('json');
    const id = await teacherCreator({ app, actorId: actor.id, schoolId, body });
    return context.json(await presentOne(schoolId, id), 201);
  });

  // The roster (花名册): a preview of every row, or with ?commit=1 all teachers at once.
  routes.post('/import', async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageUsers');
    const commit = context.req.query('commit') === '1';
    const { file } = await parseUploadForm(context, z.object({}), maxRosterBytes);
    // The roster readers (ExcelJS, csv-parse) are loaded on the first upload, not at start.
    const { rosterImporter } = await import('../../commands/rosterImporter.ts');
    const result = await rosterImporter({ app, actorId: actor.id, schoolId, bytes: file, commit });
    return context.json(result, result.committed ? 201 : 200);
  });

  routes.patch('/:id', signedIn, jsonBody(updateUserBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageUsers');
    const change = context.req.valid('json');
    const userId = context.req.param('id');
    const { initialPassword } = await teacherUpdater({ app, actorId: actor.id, schoolId, userId, change });
    return context.json({ ...(await presentOne(schoolId, userId)), ...(initialPassword ? { initialPassword } : {}) });
  });

  return routes;
}
