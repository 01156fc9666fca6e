import { Hono } from 'hono';
import { restoreVersionBodySchema, type RestoreVersionResult } from '../../../shared/schemas/versionRestore.ts';
import { versionRestorer } from '../../commands/versionRestorer.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/** POST /api/guides/:id/restore { version }: 恢复此版本, as a new change of the live guide. */
export function versionRestoreRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();

  routes.post('/:id/restore', signedIn, jsonBody(restoreVersionBodySchema), async (context) => {
    const user = requireUser(context);
    const body = context.req.valid('json');
    const { changed } = await versionRestorer({ app, guideId: context.req.param('id'), actorId: user.id, version: body.version });
    return context.json({ ok: true, changed } satisfies RestoreVersionResult);
  });

  return routes;
}
