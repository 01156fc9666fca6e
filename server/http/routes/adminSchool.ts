import { Hono } from 'hono';
import { updateSchoolSettingsBodySchema, type SchoolSettings } from '../../../shared/schemas/schoolSettings.ts';
import { authorizeSchool } from '../../authorization.ts';
import { schoolSettingsUpdater } from '../../commands/schoolSettingsUpdater.ts';
import { findSchool } from '../../db/repos/schools.ts';
import { notFound } from '../../errors.ts';
import { adminOnly } from '../adminOnly.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** GET|PATCH /api/admin/school: the school's own settings (its time zone), for the 教务处. */
export function adminSchoolRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;
  routes.use('*', adminOnly(app, 'manageSchool'));

  const present = async (schoolId: string): Promise<SchoolSettings> => {
    const school = await findSchool(db, schoolId);
    if (!school) throw notFound('School');
    return school;
  };

  routes.get('/', async (context) => {
    const { schoolId } = await authorizeSchool(db, requireUser(context).id, 'manageSchool');
    return context.json(await present(schoolId));
  });

  routes.patch('/', jsonBody(updateSchoolSettingsBodySchema), async (context) => {
    const actor = requireUser(context);
    const { schoolId } = await authorizeSchool(db, actor.id, 'manageSchool');
    await schoolSettingsUpdater({ app, actorId: actor.id, schoolId, body: context.req.valid('json') });
    return context.json(await present(schoolId));
  });

  return routes;
}
