import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Login limits per account and per address: guessing is bounded at each address and across
 * accounts from one address, and failures elsewhere never lock the owner out of the right
 * password. Each test logs in from addresses of its own (127.0.0.x all reach the server).
 */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

/** POST /api/auth/login from a given local address. */
function loginFrom(address: string, username: string, password: string): Promise<{ status: number; body: unknown; retryAfter?: string }> {
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/api/auth/login',
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(parts).toString()),
            retryAfter: response.headers['retry-after'] as string | undefined,
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('login limits', () => {
  it('meets a limit when one password is tried over 40 accounts from one address', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 40; index += 1) {
      const username = index % 8 === 0 ? ['wanglei', 'lifang', 'zhangwei', 'liuyang', 'jiaowu'][index / 8] : `teacher${index}`;
      statuses.push((await loginFrom('127.0.0.2', username, 'password1')).status);
    }
    const firstRefusal = statuses.indexOf(429);
    expect(firstRefusal, statuses.join(' ')).toBeGreaterThan(0);
    expect(firstRefusal).toBeLessThanOrEqual(25);
    expect(statuses.slice(firstRefusal).every((status) => status === 429)).toBe(true);

    const refused = await loginFrom('127.0.0.2', 'wanglei', 'demo1234');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'too_many_attempts', message: expect.any(String) } });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it('refuses nobody at another address because of that address', async () => {
    expect((await loginFrom('127.0.0.3', 'wanglei', 'demo1234')).status).toBe(200);
  });

  it('bounds guesses for one account at one address, refusing even the right password there', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 8; index += 1) statuses.push((await loginFrom('127.0.0.4', 'zhangwei', `guess${index}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect((await loginFrom('127.0.0.4', 'zhangwei', 'demo1234')).status).toBe(429);
  });

  it('lets the owner log in with the right password from another address while an attacker fails for the account', async () => {
    for (let index = 0; index < 10; index += 1) await loginFrom('127.0.0.5', 'lifang', `wrong${index}`);
    expect((await loginFrom('127.0.0.5', 'lifang', 'demo1234')).status).toBe(429);
    // Another teacher at the attacker's address is not blocked by it either.
    expect((await loginFrom('127.0.0.5', 'liuyang', 'demo1234')).status).toBe(200);
    // The owner at home.
    expect((await loginFrom('127.0.0.6', 'lifang', 'demo1234')).status).toBe(200);
  });

  it('only slows an account failed from many addresses: its owner still gets in', async () => {
    // 16 failures from 8 addresses: more than the account's free failures, within each address's.
    for (let host = 10; host < 18; host += 1) {
      for (let index = 0; index < 2; index += 1) {
        expect((await loginFrom(`127.0.0.${host}`, 'liuyang', `spray${index}`)).status).toBe(401);
      }
    }
    expect((await loginFrom('127.0.0.30', 'liuyang', 'demo1234')).status).toBe(200);
  });
});
