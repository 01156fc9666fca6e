import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { collabClientOf, connectClient, type CollabClient } from '../helpers/collabClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * Limits that stop floods without locking out a school: sockets that never authenticate are
 * closed after a short deadline and only they count against their address, and each teacher
 * may hold a bounded number of editor connections. A teacher behind the same address as a
 * flood of anonymous sockets still gets in.
 */
const perAddress = 30;
const perUser = 4;
const authTimeoutMs = 1500;

let server: TestServer;
const sockets: WebSocket[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: {
      COLLAB_MAX_CONNECTIONS_PER_ADDRESS: String(perAddress),
      COLLAB_MAX_CONNECTIONS_PER_USER: String(perUser),
      COLLAB_AUTH_TIMEOUT_MS: String(authTimeoutMs),
    },
  });
});

afterAll(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  sockets.splice(0).forEach((socket) => socket.terminate());
  await server?.stop();
});

function openAnonymous(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl);
    sockets.push(socket);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** The web client's connection: no token in the provider, the session cookie on the upgrade request. */
async function connectWithCookie(api: ApiClient, docName: string): Promise<CollabClient> {
  const cookie = `dx_session=${api.token}`;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: CookieWebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: docName, document: doc, token: '' });
  const client = collabClientOf(provider, socket, doc);
  clients.push(client);
  const synced = new Promise<void>((resolve, reject) => {
    setTimeout(() => reject(new Error(`The cookie client for ${docName} did not sync`)), 10_000);
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(`Authentication failed: ${reason}`)));
  });
  provider.attach();
  await synced;
  return client;
}

describe('editor connection limits', () => {
  it('lets a teacher in while anonymous sockets from the same address fill its limit, and closes those after the deadline', async () => {
    const api = await loginAs(server, 'lifang');
    const docName = (await api.guides()).body[0].docName;
    const openedAt = Date.now();
    const flood = await Promise.all(Array.from({ length: perAddress }, () => openAnonymous()));
    const floodClosed = flood.map(closed);
    // One more anonymous socket is over the address's limit.
    const extra = await openAnonymous();
    expect((await closed(extra)).code).toBe(1008);

    // The teacher's browser on the same address gets in and edits.
    const teacher = await connectWithCookie(api, docName);
    expect(teacher.provider.isSynced).toBe(true);

    // Sockets that never authenticate are closed once the deadline has passed.
    const results = await Promise.race([
      Promise.all(floodClosed),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), authTimeoutMs + 1000)),
    ]);
    expect(results, 'every anonymous socket closed within the deadline and a second').not.toBeNull();
    expect(Date.now() - openedAt).toBeGreaterThanOrEqual(authTimeoutMs - 100);
    expect(results!.every((result) => /^unauthenticated/.test(result.reason))).toBe(true);
    expect(teacher.provider.isSynced).toBe(true);
  });

  it(`refuses a teacher's editor connection beyond ${perUser}, with a reason, and not anyone else's`, async () => {
    const [drafter, leader] = [await loginAs(server, 'zhangwei'), await loginAs(server, 'wanglei')];
    const docName = (await drafter.guides()).body[0].docName;
    const own: CollabClient[] = [];
    for (let index = 0; index < perUser; index++) own.push(await connectClient(server.wsUrl, docName, drafter.token!));
    clients.push(...own);
    await expect(connectClient(server.wsUrl, docName, drafter.token!)).rejects.toThrow(/too-many-connections/);
    clients.push(await connectClient(server.wsUrl, docName, leader.token!));

    // Closing one makes room again (once the server has seen it close).
    own[0].destroy();
    let admitted: CollabClient | null = null;
    const deadline = Date.now() + 2000;
    while (!admitted && Date.now() < deadline) {
      admitted = await connectClient(server.wsUrl, docName, drafter.token!).catch(() => null);
      if (!admitted) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(admitted).not.toBeNull();
    clients.push(admitted!);
  });
});
