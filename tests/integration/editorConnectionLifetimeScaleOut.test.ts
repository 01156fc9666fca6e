import os from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import { groupMembershipChanger } from '../../server/commands/groupMembershipChanger.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { startInProcessServer, type InProcessServer } from '../helpers/inProcessServer.ts';
import { startRedisServer, type RedisServer } from '../helpers/redisServer.ts';
import { createTestPostgresDatabase, dropTestPostgresDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * Logout and membership changes reach the editor connections on every instance (one Postgres
 * database, one Redis): instance A runs in the test process so the membership command can be
 * called on it; instance B is a server process of its own.
 */
const adminUrl = process.env.DATABASE_URL || `postgres://${os.userInfo().username}@127.0.0.1:5432/test`;

let redis: RedisServer;
let databaseUrl: string;
let first: InProcessServer;
let second: TestServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  databaseUrl = await createTestPostgresDatabase(adminUrl);
  first = await startInProcessServer({ databaseUrl, env: { REDIS_URL: redis.url } });
  second = await startTestServer({ databaseUrl, env: { REDIS_URL: redis.url } });
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});

afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await redis?.stop();
  if (databaseUrl) await dropTestPostgresDatabase(adminUrl, databaseUrl);
});

async function connect(server: { wsUrl: string }, api: ApiClient, docName: string): Promise<CollabClient> {
  const client = await connectClient(server.wsUrl, docName, api.token!);
  clients.push(client);
  return client;
}

function socketCloses(client: CollabClient): { code: number; reason: string }[] {
  const closes: { code: number; reason: string }[] = [];
  client.socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  return closes;
}

async function newGuide(leader: ApiClient, title: string): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-zhangwei' });
  expect(response.status).toBe(201);
  return response.body;
}

describe('two instances on Postgres and Redis', () => {
  it('closes the connections of a logged-out session on both instances within 1 s', async () => {
    const leader = await loginAs(second, 'wanglei');
    const drafter = await loginAs(second, 'zhangwei');
    const guide = await newGuide(leader, '两个实例上的退出登录');
    const onFirst = await connect(first, drafter, guide.docName);
    const onSecond = await connect(second, drafter, guide.docName);
    const closes = [socketCloses(onFirst), socketCloses(onSecond)];

    expect((await drafter.post('/api/auth/logout')).status).toBe(200);
    await waitFor(() => closes.every((list) => list.some((close) => close.code === 4401)), 'both connections to close with 4401', 1000);
  });

  it('closes a teacher’s connection on the other instance within 1 s of their removal from the group', async () => {
    const leader = await loginAs(second, 'wanglei');
    const member = await loginAs(second, 'liuyang');
    const guide = await newGuide(leader, '两个实例上的组员变动');
    const onSecond = await connect(second, member, guide.docName);
    const closes = socketCloses(onSecond);
    try {
      await groupMembershipChanger({ app: first.app, groupId: 'group-math8', userId: 'user-liuyang', role: null });
      await waitFor(() => closes.some((close) => close.code === 4403), 'the removed teacher’s connection on the other instance to close', 1000);
    } finally {
      await groupMembershipChanger({ app: first.app, groupId: 'group-math8', userId: 'user-liuyang', role: 'member' });
    }
  });
});
