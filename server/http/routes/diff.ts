import { Hono } from 'hono';
import { diff } from '../../../shared/diff/diff.ts';
import { diffQuerySchema } from '../../../shared/schemas/documentRef.ts';
import { withDiffAuthors } from '../../collab/diffAuthors.ts';
import { readRefContent } from '../../collab/readRefContent.ts';
import { ApiError } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

/** GET /api/diff?from=<ref>&to=<ref>: what changed between two guides, class copies or versions. */
export function diffRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.get('/', async (context) => {
    const user = requireUser(context);
    const query = diffQuerySchema.safeParse(context.req.query());
    if (!query.success) {
      const issue = query.error.issues[0];
      const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
      throw new ApiError(400, 'invalid_query', `${path.join('.') || 'query'}: ${issue.message}`, path);
    }
    const [from, to] = await Promise.all([
      readRefContent(app, query.data.from, user.id, 'from'),
      readRefContent(app, query.data.to, user.id, 'to'),
    ]);
    // Who wrote what: each change with its teacher, from what the server recorded.
    return context.json(await withDiffAuthors(app, query.data.from, query.data.to, diff(from, to)));
  });

  return routes;
}
