import type { MiddlewareHandler } from 'hono';
import type { SchoolVerb } from '../../shared/workflow/policy.ts';
import { authorizeSchool } from '../authorization.ts';
import type { AppContext, AppVariables } from './appContext.ts';
import { requireUser } from './session.ts';

/**
 * Guards an admin router: 401 without a session and 403 for anyone but the school's
 * administration, before a body is read or validated, so a teacher learns nothing from the
 * admin routes, not even what a valid body looks like.
 */
export function adminOnly(app: AppContext, verb: SchoolVerb): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (context, next) => {
    await authorizeSchool(app.database.db, requireUser(context).id, verb);
    await next();
  };
}
