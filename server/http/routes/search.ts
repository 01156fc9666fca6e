import { Hono } from 'hono';
import { searchQuerySchema, type SearchResponse } from '../../../shared/schemas/search.ts';
import { searchGuides } from '../../search/searchGuides.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { queryParams } from '../validate.ts';

/** GET /api/search: the guides, versions and class copies the user may read that hold the words. */
export function searchRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  routes.get('/', signedIn, queryParams(searchQuerySchema), async (context) => {
    const user = requireUser(context);
    const results = await searchGuides(app.database, user.id, context.req.valid('query'));
    return context.json({ results } satisfies SearchResponse);
  });
  return routes;
}
