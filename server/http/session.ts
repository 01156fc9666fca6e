import type { MiddlewareHandler } from 'hono';
import { tokenFromHeaders } from '../auth/sessionToken.ts';
import { findSessionUser } from '../db/repos/sessions.ts';
import { ApiError } from '../errors.ts';
import type { AppContext, AppVariables } from './appContext.ts';

export { sessionCookieName } from '../auth/sessionToken.ts';

/** Resolves the user of the request (or null) for every /api route. */
export function sessionMiddleware(app: AppContext): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (context, next) => {
    const token = tokenFromHeaders(context.req.header('authorization'), context.req.header('cookie'));
    const user = token ? await findSessionUser(app.database.db, token) : undefined;
    context.set('user', user ?? null);
    context.set('token', user ? token : null);
    await next();
  };
}

/** The logged-in user, or 401. */
export function requireUser(variables: { get(key: 'user'): AppVariables['user'] }) {
  const user = variables.get('user');
  if (!user) throw new ApiError(401, 'unauthenticated', '请先登录 (please log in)');
  return user;
}

/** Refuses a request without a signed-in user (401) before its body is read or validated. */
export const signedIn: MiddlewareHandler<{ Variables: AppVariables }> = async (context, next) => {
  requireUser(context);
  await next();
};
