import type { MiddlewareHandler } from 'hono';
import { tokenFromHeaders } from '../auth/sessionToken.ts';
import { findSessionAccount } from '../db/repos/sessions.ts';
import { ApiError } from '../errors.ts';
import type { AppContext, AppVariables } from './appContext.ts';

export { sessionCookieName } from '../auth/sessionToken.ts';

/**
 * What a user who still holds an initial password (set by the 教务处) may do: see who they
 * are, change the password, log out. Everything else waits for the new password.
 */
function allowedBeforePasswordChange(method: string, path: string): boolean {
  if (path.startsWith('/api/auth/')) return true;
  if (method === 'GET' && (path === '/api/me' || path === '/api/me/')) return true;
  return method === 'POST' && path === '/api/me/password';
}

/** Resolves the user of the request (or null) for every /api route. */
export function sessionMiddleware(app: AppContext): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (context, next) => {
    const token = tokenFromHeaders(context.req.header('authorization'), context.req.header('cookie'));
    const account = token ? await findSessionAccount(app.database.db, token) : undefined;
    context.set('user', account?.user ?? null);
    context.set('token', account ? token : null);
    if (account?.mustChangePassword && !allowedBeforePasswordChange(context.req.method, context.req.path)) {
      throw new ApiError(403, 'password_change_required', '请先修改初始密码 (change your initial password first)');
    }
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
