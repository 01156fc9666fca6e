import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs } from '../helpers/api.ts';
import { connectClient, type CollabClient } from '../helpers/collabClient.ts';
import { revisingGuide, typeUntilStopped } from '../helpers/finalRace.ts';
import { startRedisServer, type RedisServer } from '../helpers/redisServer.ts';
import { createTestPostgresDatabase, dropTestPostgresDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * A 定稿 stays frozen with several instances too: teachers type on one instance while the
 * leader finalises on another, so the instance that stores their typing learns of the stage
 * change only through the database. Whatever it stored is in the 定稿 version, and whatever
 * came after is refused, so the guide reloaded from the log is exactly its 定稿.
 */
const adminUrl = process.env.DATABASE_URL || `postgres://${os.userInfo().username}@127.0.0.1:5432/test`;
const trials = 8;

let redis: RedisServer;
let databaseUrl: string;
let first: TestServer;
let second: TestServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  databaseUrl = await createTestPostgresDatabase(adminUrl);
  first = await startTestServer({ databaseUrl, env: { REDIS_URL: redis.url } });
  second = await startTestServer({ databaseUrl, env: { REDIS_URL: redis.url } });
});

afterAll(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await first?.stop();
  await second?.stop();
  await redis?.stop();
  if (databaseUrl) await dropTestPostgresDatabase(adminUrl, databaseUrl);
});



describe('a 定稿 stays frozen across instances', () => {
  it(`stores nothing after 定稿 on an instance that did not make it (${trials} races)`, async () => {
    const leaderOnFirst = await loginAs(first, 'wanglei');
    const drafterOnFirst = await loginAs(first, 'lifang');
    const leaderOnSecond = await loginAs(second, 'wanglei');
    const drafterOnSecond = await loginAs(second, 'lifang');
    const finals: { guide: Guide; version: number }[] = [];

    for (let trial = 0; trial < trials; trial++) {
      const guide = await revisingGuide(leaderOnFirst, drafterOnFirst, `多实例定稿冻结 ${trial + 1}`);
      const writers = [
        await connectClient(second.wsUrl, guide.docName, leaderOnSecond.token!),
        await connectClient(second.wsUrl, guide.docName, drafterOnSecond.token!),
      ];
      clients.push(...writers);
      const typing = writers.map((writer, index) => typeUntilStopped(writer, index, ['组长', '主备'][index], 1));
      await new Promise((resolve) => setTimeout(resolve, 150));
      const finalised = await leaderOnFirst.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
      expect(finalised.status).toBe(200);
      // The typing goes on past the 定稿 on the other instance.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all(typing.map((writer) => writer.stop()));
      finals.push({ guide, version: finalised.body.versions.at(-1)!.number });
      writers.forEach((writer) => writer.destroy());
    }

    // A fresh instance loads every guide from the log alone.
    const third = await startTestServer({ databaseUrl, env: { REDIS_URL: redis.url } });
    try {
      const reader = await loginAs(third, 'wanglei');
      const differing: string[] = [];
      for (const { guide, version } of finals) {
        const live = await reader.get(`/api/guides/${guide.id}/content`);
        const saved = await reader.get(`/api/guides/${guide.id}/content?version=${version}`);
        expect(saved.status).toBe(200);
        if (JSON.stringify(live.body) !== JSON.stringify(saved.body)) differing.push(guide.title);
      }
      expect(differing).toEqual([]);
    } finally {
      await third.stop();
    }
  }, 240_000);
});
