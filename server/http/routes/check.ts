import { Hono } from 'hono';
import { checkSettingsBodySchema, toContractFinding, type CheckResult } from '../../../shared/schemas/check.ts';
import { authorizeCopy, authorizeGroup, authorizeGuide, copyGroupRole } from '../../authorization.ts';
import { checkSettingsFor, copyFindings, guideFindings, storeCheckSettings } from '../../check/guideFindings.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser, signedIn } from '../session.ts';
import { jsonBody } from '../validate.ts';

/**
 * The 导学案体检 through the API: `GET /api/guides/:id/check` and `GET /api/copies/:id/check`
 * answer `{ findings }` for the live content. Whoever may read the guide or copy may see its
 * findings; guides.similar (a comparison with the group's other guides, or of a class copy with
 * the other class copies of its guide) is for the leader.
 */
export function checkRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const { db } = app.database;

  routes.get('/guides/:id/check', async (context) => {
    const user = requireUser(context);
    const guideId = context.req.param('id');
    const { permissions } = await authorizeGuide(db, user.id, guideId, 'read');
    const findings = await guideFindings(app, guideId, { compareWithGroup: permissions.roles.includes('leader') });
    const answer: CheckResult = { findings: findings.map(toContractFinding) };
    return context.json(answer);
  });

  routes.get('/copies/:id/check', async (context) => {
    const user = requireUser(context);
    const copyId = context.req.param('id');
    const { copy } = await authorizeCopy(db, user.id, copyId, 'read');
    const compareWithGroup = (await copyGroupRole(db, copy, user.id)) === 'leader';
    const answer: CheckResult = { findings: (await copyFindings(app, copyId, { compareWithGroup })).map(toContractFinding) };
    return context.json(answer);
  });

  /** The 体检 settings of the group's school, defaults filled in: the editor checks with them too. */
  routes.get('/groups/:id/check-settings', async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    await authorizeGroup(db, user.id, groupId, 'readCheckSettings');
    return context.json(await checkSettingsFor(app, groupId));
  });

  /** A leader sets the school's 体检 settings; parts left out keep their defaults. */
  routes.put('/groups/:id/check-settings', signedIn, jsonBody(checkSettingsBodySchema), async (context) => {
    const user = requireUser(context);
    const groupId = context.req.param('id');
    const body = context.req.valid('json');
    await authorizeGroup(db, user.id, groupId, 'editCheckSettings');
    await storeCheckSettings(app, groupId, body, user.id);
    return context.json(await checkSettingsFor(app, groupId));
  });

  return routes;
}
