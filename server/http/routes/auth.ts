import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { loginBodySchema } from '../../../shared/schemas/auth.ts';
import { checkCredentials } from '../../auth/credentials.ts';
import { clientAddress } from '../../clientAddress.ts';
import { sessionEnded } from '../../collab/userConnections.ts';
import { createSession, deleteEndedSessions, deleteSession } from '../../db/repos/sessions.ts';
import { ApiError } from '../../errors.ts';
import type { AppContext, AppVariables } from '../appContext.ts';
import { sessionCookieName } from '../session.ts';
import { jsonBody } from '../validate.ts';
import { LoginRateLimiter } from '../loginRateLimiter.ts';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Whether the browser reached the server over HTTPS: the request's own scheme, or behind a
 * proxy the operator trusts (TRUST_PROXY), the scheme the proxy says it received.
 */
function requestIsHttps(context: Context, trustProxy: boolean): boolean {
  if (new URL(context.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  const forwarded = context.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

export function authRoutes(app: AppContext) {
  const routes = new Hono<{ Variables: AppVariables }>();
  const limiter = new LoginRateLimiter();

  routes.post('/login', jsonBody(loginBodySchema), async (context) => {
    const body = context.req.valid('json');
    const address = clientAddress(getConnInfo(context).remote.address, context.req.header('x-forwarded-for'), app.env.TRUST_PROXY);
    const account = body.username.toLowerCase();
    const decision = limiter.decide(account, address);
    if (decision.refused) {
      const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
      context.header('Retry-After', String(Math.ceil(decision.retryAfterMs / 1000)));
      throw new ApiError(429, 'too_many_attempts', `登录失败次数过多，请 ${minutes} 分钟后再试`);
    }
    // An account failed many times (from anywhere) is slowed, never locked.
    if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
    // Unknown usernames go through the same password check, so timing does not tell them apart.
    const user = await checkCredentials(app.database.db, body.username, body.password);
    if (!user) {
      limiter.recordFailure(account, address);
      throw new ApiError(401, 'invalid_credentials', '用户名或密码不正确');
    }
    limiter.recordSuccess(account, address);
    // A teacher who left (deactivated by the 教务处) cannot sign in; their work stays.
    if (Number(user.active) !== 1) throw new ApiError(403, 'account_inactive', '该账号已停用，请联系教务处');
    await deleteEndedSessions(app.database.db);
    const token = await createSession(app.database.db, user.id, { days: app.env.SESSION_DAYS, idleHours: app.env.SESSION_IDLE_HOURS });
    setCookie(context, sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: requestIsHttps(context, app.env.TRUST_PROXY),
      path: '/',
      maxAge: app.env.SESSION_DAYS * 24 * 60 * 60,
    });
    return context.json({
      token,
      user: { id: user.id, username: user.username, name: user.name },
      // A password the 教务处 set (new teacher, reset) is changed before anything else.
      mustChangePassword: Number(user.must_change_password) === 1,
    });
  });

  routes.post('/logout', async (context) => {
    const token = context.get('token');
    if (token) await deleteSession(app.database.db, token);
    // The editor connections opened with this session close too, on every instance.
    if (token) await sessionEnded(app, token);
    deleteCookie(context, sessionCookieName, { path: '/' });
    return context.json({ ok: true });
  });

  return routes;
}
