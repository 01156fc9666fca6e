import { Hono } from 'hono';
import { setupBodySchema } from '../../../shared/schemas/admin.ts';
import { schoolFounder } from '../../commands/schoolFounder.ts';
import { setupNeeded } from '../../db/repos/setup.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { jsonBody } from '../validate.ts';

/** First start: `GET /api/setup` → `{ needed }`; `POST /api/setup` makes the school and its first administrator, once. */
export function setupRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', async (context) => context.json({ needed: await setupNeeded(app.database.db) }));
  routes.post('/', jsonBody(setupBodySchema), async (context) => {
    const body = context.req.valid('json');
    return context.json(await schoolFounder({ app, schoolName: body.schoolName, admin: body.admin }), 201);
  });
  return routes;
}
