import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { hashSessionToken } from '../../server/auth/sessionToken.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { COLLAB_MAX_CONNECTIONS_PER_ADDRESS: '20' } });
});

afterAll(async () => {
  await server.stop();
});

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('limits on the WebSocket', () => {
  it('closes connections over the per-address limit with a reason and keeps the ones within it', async () => {
    const sockets = await Promise.all(Array.from({ length: 20 }, () => open()));
    const extra = await open();
    const { code, reason } = await new Promise<{ code: number; reason: string }>((resolve) =>
      extra.once('close', (closeCode, closeReason) => resolve({ code: closeCode, reason: closeReason.toString() })),
    );
    expect(code).toBe(1008);
    expect(reason).toMatch(/^too-many-connections/);
    expect(sockets.every((socket) => socket.readyState === WebSocket.OPEN)).toBe(true);

    // Once they are gone, the same client can connect and edit again.
    await Promise.all(
      sockets.map((socket) => new Promise((resolve) => {
        socket.once('close', resolve);
        socket.close();
      })),
    );
    const api = await loginAs(server, 'lifang');
    const client = await connectClient(server.wsUrl, (await api.guides()).body[0].docName, api.token!);
    paragraphText(client.doc, 0).insert(0, '限流之后');
    await client.acknowledged();
    client.destroy();
  });

  it('refuses an expired session on the API and on the WebSocket', async () => {
    const api = await loginAs(server, 'zhangwei');
    const docName = (await api.guides()).body[0].docName;
    await queryTestDatabase(server, 'update sessions set expires_at = ? where token_hash = ?', [
      '2000-01-01T00:00:00.000Z',
      hashSessionToken(api.token!),
    ]);
    expect((await api.get('/api/me')).status).toBe(401);
    await expect(connectClient(server.wsUrl, docName, api.token!)).rejects.toThrow(/unauthenticated/);
    expect((await new ApiClient(server).get('/api/health')).status).toBe(200);
  });
});
