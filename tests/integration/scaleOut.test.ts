import os from 'node:os';
import IORedis from 'ioredis';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Meeting } from '../../shared/schemas/meeting.ts';
import { loginAs } from '../helpers/api.ts';
import { connectClient, statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
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
  return connectAs(server, 'lifang', docName, doc);
}

async function connectAs(server: TestServer, username: string, docName: string, doc?: Y.Doc): Promise<CollabClient> {
  const api = await loginAs(server, username);
  const client = await connectClient(server.wsUrl, docName, api.token!, doc);
  clients.push(client);
  return client;
}

/** The access messages a client receives (a stage change re-decides what it may do). */
function accessMessages(client: CollabClient): AccessMessage[] {
  return statelessMessages<AccessMessage>(client, 'access');
}

/** A new guide by 王磊 (leader) with 李芳 as lead drafter, both signed in on `server`. */
async function newGuide(server: TestServer, title: string, { submitted = false } = {}) {
  const leader = await loginAs(server, 'wanglei');
  const drafter = await loginAs(server, 'lifang');
  const guide = (await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' })).body;
  if (submitted) expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
  return { leader, drafter, guide };
}

/**
 * The text a relayed message carries when it is a Yjs update (Hocuspocus' framing: the sender's
 * identifier, the document's name, message type Sync, sync type Update); null for any other.
 */
function updateIn(message: Buffer): string | null {
  const decoder = decoding.createDecoder(message.subarray(1 + message[0]));
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== messageYjsUpdate) return null;
  const { structs } = Y.decodeUpdate(decoding.readVarUint8Array(decoder));
  return structs.map((struct) => (struct instanceof Y.Item && struct.content instanceof Y.ContentString ? struct.content.str : '')).join('');
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

  it('sends an edit to the other instances as the update itself, in one Redis message', async () => {
    // Listens on the document's channel as another instance would.
    const listener = new IORedis(redis.url, { maxRetriesPerRequest: null });
    const published: Buffer[] = [];
    listener.on('messageBuffer', (_channel: Buffer, message: Buffer) => published.push(message));
    await listener.subscribe(`daoxuean:${docName}`);
    try {
      const onFirst = await connect(first, docName);
      paragraphText(onFirst.doc, 0).insert(0, '一步到位');
      await onFirst.acknowledged();
      await waitFor(() => published.some((message) => updateIn(message)?.includes('一步到位') ?? false), 'the edit itself on the channel');
    } finally {
      listener.disconnect();
    }
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

  it('re-decides access on the other instance when the stage changes, so a final is frozen everywhere', async () => {
    const { leader, drafter, guide } = await newGuide(first, '跨实例定稿');
    // The lead drafter and a member work on the second instance; the leader decides on the first.
    const writer = await connectAs(second, 'lifang', guide.docName);
    const member = await connectAs(second, 'zhangwei', guide.docName);
    const writerAccess = accessMessages(writer);
    const memberAccess = accessMessages(member);
    paragraphText(writer.doc, 0).insert(0, '理解一次函数的概念。');
    await writer.acknowledged();

    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    await waitFor(() => memberAccess.some((message) => message.access === 'suggest'), '张伟 on the other instance to be told he now suggests');
    expect(memberAccess.at(-1)).toMatchObject({ reason: 'stage-changed', stage: 'review' });
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    await waitFor(
      () => writerAccess.some((message) => message.stage === 'final' && message.access === 'comment'),
      '李芳 on the other instance to lose write access at 定稿',
    );

    // Her connection there is read-only now: an edit from it reaches nobody.
    const watcher = await connectAs(first, 'wanglei', guide.docName);
    paragraphText(writer.doc, 0).insert(0, '定稿之后的修改');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(documentText(watcher.doc)).not.toContain('定稿之后的修改');
    const fromSecond = await connectAs(second, 'wanglei', guide.docName);
    expect(documentText(fromSecond.doc)).not.toContain('定稿之后的修改');
    expect(JSON.stringify((await leader.get(`/api/guides/${guide.id}/content`)).body)).not.toContain('定稿之后的修改');
  });

  it('counts teachers on the other instance as present from the meeting’s start', async () => {
    const { leader, guide } = await newGuide(first, '跨实例研讨', { submitted: true });
    await connectAs(second, 'zhangwei', guide.docName);
    await connectAs(first, 'lifang', guide.docName);

    const started = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(started.status).toBe(201);
    const attendees = async () => (await leader.get<Meeting[]>(`/api/guides/${guide.id}/meetings`)).body.at(-1)!.attendees;
    // The other instance records its connections a moment after the start.
    let present = await attendees();
    for (let tries = 0; tries < 100 && !present.some((attendee) => attendee.name === '张伟'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      present = await attendees();
    }
    expect(present.map((attendee) => attendee.name).sort()).toEqual(['张伟', '李芳'].sort());
    expect(present.find((attendee) => attendee.name === '张伟')!.firstJoinedAt).toBe(started.body.startedAt);

    const ended = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings/${started.body.id}/end`);
    expect(ended.status).toBe(200);
    const zhang = ended.body.attendees.find((attendee) => attendee.name === '张伟')!;
    expect(zhang.stretches.every((stretch) => stretch.leftAt === ended.body.endedAt)).toBe(true);
  });

  it('catches up with a stage change made while Redis was down', async () => {
    const { drafter, guide } = await newGuide(first, '断线期间提交');
    const member = await connectAs(second, 'zhangwei', guide.docName);
    const memberAccess = accessMessages(member);
    await redis.restart(async () => {
      // The change itself does not wait for Redis.
      expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    });
    await waitFor(() => memberAccess.some((message) => message.access === 'suggest'), '张伟 on the other instance to catch up', 15_000);
    expect(memberAccess.at(-1)).toMatchObject({ reason: 'stage-changed', stage: 'review' });
    expect(memberAccess.at(-1)!.message).toContain('集体审稿');
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
