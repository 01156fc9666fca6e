import { Hono } from 'hono';
import { restoreVersionParamsSchema, type RestoreVersionResult } from '../../../shared/schemas/versionRestore.ts';
import { versionRestorer } from '../../commands/versionRestorer.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { pathParams } from '../validate.ts';

/** POST /api/guides/:id/versions/:number/restore: 恢复此版本, as a new change of the live guide. */
export function versionRestoreRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.post('/:id/versions/:number/restore', signedIn, pathParams(restoreVersionParamsSchema), async (context) => {
    const user = requireUser(context);
    const { id, number } = context.req.valid('param');
    const { changed, restorePoint } = await versionRestorer({ app, guideId: id, actorId: user.id, version: number });
    return context.json({ ok: true, changed, restorePoint } satisfies RestoreVersionResult);
  });

  return routes;
}
