import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Same-site request forgery: a page on another port of the same host (or any other origin)
 * must not act with a teacher's session cookie, over HTTP or on the editor's WebSocket.
 */
let server: TestServer;
let lifang: ApiClient;
let cookie: string;
let guideId: string;
let docName: string;
const listedOrigin = 'http://127.0.0.1:5173';

beforeAll(async () => {
  server = await startTestServer({ env: { ALLOWED_ORIGINS: listedOrigin } });
  lifang = await loginAs(server, 'lifang');
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lifang', password: 'demo1234' }),
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0];
  const guide = (await lifang.guides()).body[0];
  guideId = guide.id;
  docName = guide.docName;
});

afterAll(async () => {
  await server.stop();
});

/** A POST as the browser of a logged-in teacher would send it from a page at `origin`. */
function postWithCookie(path: string, body: string, headers: Record<string, string>) {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { cookie, ...headers }, body });
}

async function stage(): Promise<string> {
  return (await lifang.guide(guideId)).body.stage;
}

/** Opens a raw WebSocket upgrade and resolves with the HTTP status it got (101 when it opened). */
function upgradeStatus(headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('state-changing requests from other origins', () => {
  it('refuses a POST from another port of the same host with 403 and changes nothing', async () => {
    const evil = `http://127.0.0.1:${server.port + 1}`;
    const response = await postWithCookie(`/api/guides/${guideId}/transitions`, JSON.stringify({ action: 'submit' }), {
      'content-type': 'application/json',
      origin: evil,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden_origin', message: expect.any(String) } });
    expect(await stage()).toBe('drafting');
  });

  it('refuses other hosts and the opaque origin on every state-changing method', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${server.port}`]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const response = await fetch(`${server.url}/api/groups/x/label-synonyms`, {
          method,
          headers: { cookie, origin, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(response.status, `${method} from ${origin}`).toBe(403);
      }
    }
  });

  it('refuses a JSON body sent as text/plain or as a form with 415 (what a cross-site form can send)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await postWithCookie(`/api/guides/${guideId}/transitions`, JSON.stringify({ action: 'submit' }), {
        'content-type': type,
      });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    const noType = await fetch(`${server.url}/api/guides/${guideId}/transitions`, {
      method: 'POST',
      headers: { cookie },
      body: new Blob([JSON.stringify({ action: 'submit' })]),
    });
    expect(noType.status).toBe(415);
    expect(await stage()).toBe('drafting');
  });

  it('accepts the app’s own origin, a listed origin and requests without Origin', async () => {
    const own = await postWithCookie(`/api/guides/${guideId}/transitions`, JSON.stringify({ action: 'submit' }), {
      'content-type': 'application/json; charset=utf-8',
      origin: server.url,
    });
    expect(own.status).toBe(200);
    expect(await stage()).toBe('review');

    const wanglei = await loginAs(server, 'wanglei');
    const listed = await fetch(`${server.url}/api/guides/${guideId}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wanglei.token}`, origin: listedOrigin, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'endReview' }),
    });
    expect(listed.status).toBe(200);

    const script = await wanglei.post(`/api/guides/${guideId}/transitions`, { action: 'reopen' });
    // Without Origin the request reaches the route, which answers as it would (409: wrong stage).
    expect(script.status).toBe(409);
  });
});

describe('editor connections from other origins', () => {
  it('refuses the WebSocket upgrade with 403 when the Origin is another port or host', async () => {
    expect(await upgradeStatus({ origin: `http://127.0.0.1:${server.port + 1}`, cookie })).toBe(403);
    expect(await upgradeStatus({ origin: 'http://evil.example', cookie })).toBe(403);
    expect(await upgradeStatus({ origin: 'null', cookie })).toBe(403);
  });

  it('opens the WebSocket for the app’s own origin, a listed origin and clients without Origin', async () => {
    expect(await upgradeStatus({ origin: server.url, cookie })).toBe(101);
    expect(await upgradeStatus({ origin: listedOrigin, cookie })).toBe(101);
    const client = await connectClient(server.wsUrl, docName, lifang.token!);
    expect(client.provider.isSynced).toBe(true);
    client.destroy();
  });
});
