import { Hono } from 'hono';
import { findSchoolStanding } from '../../db/repos/schoolUsers.ts';
import { listTerms } from '../../db/repos/schoolAdmin.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

/** GET /api/terms: the terms (学期) of the teacher's school, the latest first, for the plan and the report. */
export function termRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', async (context) => {
    const user = requireUser(context);
    const standing = await findSchoolStanding(app.database.db, user.id);
    return context.json(standing.schoolId ? await listTerms(app.database.db, standing.schoolId) : []);
  });
  return routes;
}
