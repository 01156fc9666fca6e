import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loginAs } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { startRedisServer, type RedisServer } from '../helpers/redisServer.ts';
import { createTestPostgresDatabase, dropTestPostgresDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

// Several instances behind a load balancer: one Postgres database, one Redis relay.
const adminUrl = process.env.DATABASE_URL || `postgres://${os.userInfo().username}@127.0.0.1:5432/test`;

let redis: RedisServer;
let databaseUrl: string;
const servers: TestServer[] = [];
const clients: CollabClient[] = [];

async function instance(): Promise<TestServer> {
  const server = await startTestServer({ databaseUrl, env: { REDIS_URL: redis.url } });
  servers.push(server);
  return server;
}

async function connect(server: TestServer, docName: string, doc?: Y.Doc): Promise<CollabClient> {
  const api = await loginAs(server, 'lifang');
  const client = await connectClient(server.wsUrl, docName, api.token!, doc);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  redis = await startRedisServer();
  databaseUrl = await createTestPostgresDatabase(adminUrl);
});

afterAll(async () => {
  clients.forEach((client) => client.destroy());
  for (const server of servers) await server.kill('SIGTERM');
  await redis?.stop();
  if (databaseUrl) await dropTestPostgresDatabase(adminUrl, databaseUrl);
});

describe('two instances on Postgres and Redis', () => {
  let first: TestServer;
  let second: TestServer;
  let docName: string;

  beforeAll(async () => {
    first = await instance();
    second = await instance();
    const api = await loginAs(first, 'lifang');
    docName = (await api.guides()).body[0].docName;
  });

  it('relays edits between clients on different instances, and they converge', async () => {
    const onFirst = await connect(first, docName);
    const onSecond = await connect(second, docName);
    paragraphText(onFirst.doc, 0).insert(0, '一号实例：');
    paragraphText(onSecond.doc, 1).insert(0, '二号实例：');
    await waitFor(
      () => documentText(onFirst.doc) === documentText(onSecond.doc) && documentText(onFirst.doc).includes('二号实例'),
      'both instances’ clients to converge',
    );
    expect(documentText(onSecond.doc)).toContain('一号实例：');
  });

  it('keeps every acknowledged edit when an instance is killed and its clients move to the other', async () => {
    const victim = await instance();
    const client = await connect(victim, docName);
    const text = paragraphText(client.doc, 2);
    for (let index = 0; index < 50; index += 1) text.insert(text.length, '练');
    text.insert(text.length, '（kill 之前的最后一句）');
    await client.acknowledged();
    const acknowledged = documentText(client.doc);

    await victim.kill('SIGKILL');
    // A load balancer sends the reconnecting browser to the surviving instance.
    const localDoc = client.doc;
    client.provider.destroy();
    client.socket.destroy();
    const moved = await connect(second, docName, localDoc);
    await moved.acknowledged();
    const fresh = await connect(second, docName);
    expect(documentText(fresh.doc)).toBe(acknowledged);
  });

  it('loses no edit when Redis restarts while teachers edit', async () => {
    const onFirst = await connect(first, docName);
    const onSecond = await connect(second, docName);
    await redis.restart();
    paragraphText(onFirst.doc, 3).insert(0, 'Redis 重启期间的修改');
    await onFirst.acknowledged();
    // The edit is in the shared log; an instance that missed the relay heals from it.
    const late = await connect(second, docName);
    expect(documentText(late.doc)).toContain('Redis 重启期间的修改');
    await waitFor(() => documentText(onSecond.doc).includes('Redis 重启期间的修改'), 'the open client on the other instance to see it', 15_000);
  });
});
