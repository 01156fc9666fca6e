import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { findSessionUser } from '../db/repos/sessions.ts';
import { ApiError } from './apiError.ts';
import type { AppContext, AppVariables } from './appContext.ts';

export const sessionCookieName = 'dx_session';

/** The session token of a request: a bearer token (scripts, WebSocket) or the browser's cookie. */
export function tokenFromHeaders(authorization: string | undefined | null, cookieHeader: string | undefined | null): string | null {
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim() || null;
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Resolves the user of the request (or null) for every /api route. */
export function sessionMiddleware(app: AppContext): MiddlewareHandler<{ Variables: AppVariables }> {
  return async (context, next) => {
    const authorization = context.req.header('authorization');
    const token = authorization?.startsWith('Bearer ')
      ? authorization.slice('Bearer '.length).trim()
      : (getCookie(context, sessionCookieName) ?? null);
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
