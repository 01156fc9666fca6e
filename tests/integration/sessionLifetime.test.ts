import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionToken } from '../../server/auth/sessionToken.ts';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Sessions end after idle time as well as at their absolute expiry, ended sessions are
 * deleted, and the cookie is HttpOnly, SameSite=Lax and Secure when the request came over
 * HTTPS (X-Forwarded-Proto counts only behind a trusted proxy).
 */
const idleHours = 2;

function login(server: TestServer, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: 'lifang', password: 'demo1234' }),
  });
}

function iso(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString();
}

interface SessionRow {
  token_hash: string;
  last_used_at: string;
  idle_expires_at: string;
  expires_at: string;
}

describe('session lifetime', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { SESSION_IDLE_HOURS: String(idleHours) } });
  });

  afterAll(async () => {
    await server.stop();
  });

  async function sessionRow(token: string): Promise<SessionRow | undefined> {
    const rows = await queryTestDatabase<SessionRow>(server, 'select * from sessions where token_hash = ?', [hashSessionToken(token)]);
    return rows[0];
  }

  it('ends a session left unused for longer than SESSION_IDLE_HOURS, over HTTP and on the WebSocket', async () => {
    const api = await loginAs(server, 'lifang');
    const docName = (await api.guides()).body[0].docName;
    expect((await api.get('/api/me')).status).toBe(200);

    // Last used three hours ago: idle for longer than two hours, though its 30 days still run.
    await queryTestDatabase(server, 'update sessions set last_used_at = ?, idle_expires_at = ? where token_hash = ?', [
      iso(-3 * 3600_000),
      iso(-3600_000),
      hashSessionToken(api.token!),
    ]);
    expect((await api.get('/api/me')).status).toBe(401);
    await expect(connectClient(server.wsUrl, docName, api.token!)).rejects.toThrow(/unauthenticated/);
  });

  it('keeps a session in use alive: a request moves its idle deadline on (at most once a minute)', async () => {
    const api = await loginAs(server, 'lifang');
    const fresh = (await sessionRow(api.token!))!;
    expect(Date.parse(fresh.idle_expires_at) - Date.parse(fresh.last_used_at)).toBe(idleHours * 3600_000);

    // Used a minute and a half ago, idle deadline in ten minutes: the next request moves it.
    await queryTestDatabase(server, 'update sessions set last_used_at = ?, idle_expires_at = ? where token_hash = ?', [
      iso(-90_000),
      iso(600_000),
      hashSessionToken(api.token!),
    ]);
    expect((await api.get('/api/me')).status).toBe(200);
    const moved = (await sessionRow(api.token!))!;
    expect(Date.parse(moved.idle_expires_at)).toBeGreaterThan(Date.now() + (idleHours * 3600_000) / 2);

    // Just used: another request within the minute does not write again.
    expect((await api.get('/api/me')).status).toBe(200);
    expect((await sessionRow(api.token!))!.last_used_at).toBe(moved.last_used_at);
  });

  it('deletes ended sessions (idle or past their expiry) when someone logs in', async () => {
    const idle = await loginAs(server, 'zhangwei');
    const expired = await loginAs(server, 'liuyang');
    const alive = await loginAs(server, 'wanglei');
    await queryTestDatabase(server, 'update sessions set idle_expires_at = ? where token_hash = ?', [iso(-1000), hashSessionToken(idle.token!)]);
    await queryTestDatabase(server, 'update sessions set expires_at = ? where token_hash = ?', [iso(-1000), hashSessionToken(expired.token!)]);

    expect((await login(server)).status).toBe(200);
    expect(await sessionRow(idle.token!)).toBeUndefined();
    expect(await sessionRow(expired.token!)).toBeUndefined();
    expect(await sessionRow(alive.token!)).toBeDefined();
  });

  it('deletes the session at logout and clears the cookie', async () => {
    const response = await login(server);
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const token = ((await response.json()) as { token: string }).token;
    const logout = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    expect(logout.status).toBe(200);
    expect(logout.headers.get('set-cookie')).toMatch(/dx_session=;.*Max-Age=0/i);
    expect(await sessionRow(token)).toBeUndefined();
    expect((await new ApiClient(server, token).get('/api/me')).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Lax cookie without Secure over plain HTTP, whatever X-Forwarded-Proto says', async () => {
    const cookie = (await login(server, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);
    expect(cookie).not.toMatch(/Secure/i);
  });
});

describe('the session cookie behind a trusted proxy', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: { TRUST_PROXY: '1' } });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('is Secure when the proxy says the request came over HTTPS, and not otherwise', async () => {
    expect((await login(server, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect((await login(server, { 'x-forwarded-proto': 'http' })).headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect((await login(server)).headers.get('set-cookie')).not.toMatch(/Secure/i);
  });
});
