import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs } from '../helpers/api.ts';
import { connectClient, statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { revisingGuide, typeUntilStopped } from '../helpers/finalRace.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * A 定稿 is frozen: whatever the server refused because the guide had just been finalised is
 * not in the update log, so the guide reloaded from the log (after a restart) is exactly the
 * content of its 定稿 version, even when teachers were typing as fast as they could while the
 * leader clicked 定稿.
 */
const trials = 10;

let server: TestServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ keepData: true });
});

afterAll(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  await server?.stop();
});



describe('a 定稿 stays frozen', () => {
  it(`never stores an update refused because the guide was finalised (${trials} races against 定稿, compared after a restart)`, async () => {
    const leader = await loginAs(server, 'wanglei');
    const drafter = await loginAs(server, 'lifang');
    const finals: { guide: Guide; version: number }[] = [];

    for (let trial = 0; trial < trials; trial++) {
      const guide = await revisingGuide(leader, drafter, `定稿冻结竞态 ${trial + 1}`);
      const writers = [
        await connectClient(server.wsUrl, guide.docName, leader.token!),
        await connectClient(server.wsUrl, guide.docName, drafter.token!),
        await connectClient(server.wsUrl, guide.docName, drafter.token!),
      ];
      clients.push(...writers);
      const frozen = writers.map((writer) => statelessMessages<AccessMessage>(writer, 'access'));
      const typing = writers.map((writer, index) => typeUntilStopped(writer, index, ['组长', '主备', '二号'][index]));
      // Let the bursts get going, then finalise in the middle of them.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
      expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
      // Every writer learns it is read-only now; typing goes on a moment longer regardless.
      await waitFor(() => frozen.every((messages) => messages.some((message) => message.access !== 'edit')), 'every writer to be frozen');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await Promise.all(typing.map((writer) => writer.stop()));
      const version = finalised.body.versions.at(-1)!;
      expect(version.kind).toBe('final');
      finals.push({ guide, version: version.number });
    }

    clients.splice(0).forEach((client) => client.destroy());
    await server.kill('SIGTERM');
    server = await startTestServer({ dataDir: server.dataDir });
    const reader = await loginAs(server, 'wanglei');
    const differing: string[] = [];
    for (const { guide, version } of finals) {
      const live = await reader.get(`/api/guides/${guide.id}/content`);
      const saved = await reader.get(`/api/guides/${guide.id}/content?version=${version}`);
      expect(live.status).toBe(200);
      expect(saved.status).toBe(200);
      if (JSON.stringify(live.body) !== JSON.stringify(saved.body)) differing.push(guide.title);
    }
    expect(differing).toEqual([]);
  }, 240_000);
});
