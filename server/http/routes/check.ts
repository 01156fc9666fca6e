import { Hono } from 'hono';
import { toContractFinding, type CheckResult } from '../../../shared/schemas/check.ts';
import { authorizeCopy, authorizeGuide } from '../../authorization.ts';
import { copyFindings, guideFindings } from '../../check/guideFindings.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { requireUser } from '../session.ts';

/**
 * The 导学案体检 through the API: `GET /api/guides/:id/check` and `GET /api/copies/:id/check`
 * answer `{ findings }` for the live content. Whoever may read the guide or copy may see its
 * findings; guides.similar (a comparison with the group's other guides) is for the leader.
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
    await authorizeCopy(db, user.id, copyId, 'read');
    const answer: CheckResult = { findings: (await copyFindings(app, copyId)).map(toContractFinding) };
    return context.json(answer);
  });

  return routes;
}
