import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

/**
 * When the update log cannot be written (the disk is full), the server does not acknowledge
 * the edit and closes the editor's socket with a reason, so the editor stops showing itself
 * connected; its provider reconnects and sends the edit again, and once storage is back the
 * edit is stored. The fault is the database's own disk-full error, raised by a trigger on the
 * update log (Postgres: SQLSTATE 53100; SQLite: "database or disk is full").
 */
let server: TestServer;
let api: ApiClient;
let client: CollabClient | null = null;

beforeAll(async () => {
  server = await startTestServer({ keepData: true });
  api = await loginAs(server, 'lifang');
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
});

async function fillDisk(): Promise<void> {
  if (server.databaseUrl) {
    await queryTestDatabase(
      server,
      "create function disk_full() returns trigger language plpgsql as $$ begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$",
    );
    await queryTestDatabase(server, 'create trigger disk_full before insert on doc_updates for each row execute function disk_full()');
  } else {
    await queryTestDatabase(server, "create trigger disk_full before insert on doc_updates begin select raise(abort, 'database or disk is full'); end");
  }
}

async function freeDisk(): Promise<void> {
  await queryTestDatabase(server, server.databaseUrl ? 'drop trigger disk_full on doc_updates' : 'drop trigger disk_full');
  if (server.databaseUrl) await queryTestDatabase(server, 'drop function disk_full()');
}

describe('a storage failure', () => {
  it('closes the socket with storage-error, and the provider stores the edit once storage is back', async () => {
    const docName = (await api.guides()).body[0].docName;
    client = await connectClient(server.wsUrl, docName, api.token!);
    const closes: { code: number; reason: string }[] = [];
    client.socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
    paragraphText(client.doc, 0).insert(0, '存储正常时的修改');
    await client.acknowledged();

    await fillDisk();
    try {
      paragraphText(client.doc, 0).insert(0, '磁盘已满时的修改');
      await waitFor(() => closes.some((close) => close.code === 1011), 'the socket to be closed with 1011', 5000);
      expect(closes.find((close) => close.code === 1011)?.reason).toMatch(/^storage-error/);
      expect(client.provider.hasUnsyncedChanges).toBe(true);
    } finally {
      await freeDisk();
    }

    // The provider reconnects by itself and sends the edit again.
    await client.acknowledged(40_000);
    client.destroy();
    client = null;
    // In the log: there after a crash and a restart.
    await server.kill('SIGKILL');
    server = await startTestServer({ dataDir: server.dataDir });
    const reader = await loginAs(server, 'lifang');
    const content = JSON.stringify((await reader.get(`/api/guides/${(await reader.guides()).body[0].id}/content`)).body);
    expect(content).toContain('磁盘已满时的修改');
    expect(content).toContain('存储正常时的修改');
  }, 90_000);
});
