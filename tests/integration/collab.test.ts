import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loginAs } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

const servers: TestServer[] = [];
const clients: CollabClient[] = [];

afterEach(async () => {
  clients.splice(0).forEach((client) => client.destroy());
  for (const server of servers.splice(0)) await server.stop();
});

async function start(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

async function connect(server: TestServer, docName: string, username = 'lifang') {
  const api = await loginAs(server, username);
  const client = await connectClient(server.wsUrl, docName, api.token!);
  clients.push(client);
  return client;
}

async function demoGuideDocName(server: TestServer): Promise<string> {
  const api = await loginAs(server, 'lifang');
  const guides = await api.guides();
  return guides.body[0].docName;
}

/**
 * What the store holds for a document. The log is read before the state, as the server
 * loads it: a compaction running in between moves rows into the state, and updates are
 * idempotent, so nothing can fall between the two reads.
 */
async function readLog(server: TestServer, docName: string) {
  const updates = await queryTestDatabase<{ bytes: Uint8Array }>(
    server,
    'select bytes from doc_updates where doc_name = ? order by id',
    [docName],
  );
  const state = await queryTestDatabase<{ state: Uint8Array }>(server, 'select state from documents where name = ?', [docName]);
  return { state: state[0] ? new Uint8Array(state[0].state) : null, updates: updates.map((row) => new Uint8Array(row.bytes)) };
}

describe('live collaboration on a guide', () => {
  it('two teachers typing in the same block at the same moment converge on the same text', async () => {
    const server = await start();
    const docName = await demoGuideDocName(server);
    // In review the whole group edits together.
    const drafter = await loginAs(server, 'lifang');
    await drafter.post(`/api/guides/${docName.slice('guide:'.length)}/transitions`, { action: 'submit' });
    const lifang = await connect(server, docName, 'lifang');
    const wanglei = await connect(server, docName, 'wanglei');

    const before = paragraphText(lifang.doc, 0).toString();
    // Both edits happen before either client hears of the other's.
    paragraphText(lifang.doc, 0).insert(0, '【李芳】');
    paragraphText(wanglei.doc, 0).insert(paragraphText(wanglei.doc, 0).length, '【王磊补充】');

    await waitFor(
      () => documentText(lifang.doc) === documentText(wanglei.doc) && documentText(lifang.doc).includes('王磊补充'),
      'both clients to converge',
    );
    const merged = paragraphText(lifang.doc, 0).toString();
    expect(merged.startsWith('【李芳】')).toBe(true);
    expect(merged.endsWith('【王磊补充】')).toBe(true);
    expect(merged).toContain(before);
    expect(lifang.json()).toEqual(wanglei.json());
  });

  it('an edit the server acknowledged survives kill -9 of the server and a restart', async () => {
    const server = await start({ keepData: true });
    const docName = await demoGuideDocName(server);
    const client = await connect(server, docName);
    paragraphText(client.doc, 1).insert(0, '断电前最后一句：请先复习正比例函数。');
    await client.acknowledged();

    await server.kill('SIGKILL');
    client.destroy();
    clients.splice(clients.indexOf(client), 1);

    const restarted = await start({ dataDir: server.dataDir });
    const reader = await connect(restarted, docName, 'zhangwei');
    expect(paragraphText(reader.doc, 1).toString()).toContain('断电前最后一句：请先复习正比例函数。');
  });

  it('compaction merges the log into one state and the document stays byte-identical', async () => {
    const server = await start({ keepData: true, env: { COMPACT_AFTER_UPDATES: '40' } });
    const docName = await demoGuideDocName(server);
    const client = await connect(server, docName);
    const text = paragraphText(client.doc, 2);
    for (let index = 0; index < 120; index += 1) {
      text.insert(text.length, index % 10 === 9 ? '。' : '练');
      if (index % 7 === 6) text.delete(0, 1);
    }
    await client.acknowledged();

    // Before compaction has necessarily finished: whatever is stored now is the whole document.
    const beforeStop = await readLog(server, docName);
    const fromStore = new Y.Doc();
    if (beforeStop.state) Y.applyUpdate(fromStore, beforeStop.state);
    beforeStop.updates.forEach((update) => Y.applyUpdate(fromStore, update));
    expect(documentText(fromStore)).toBe(documentText(client.doc));

    // A clean stop compacts everything that is left.
    await server.kill('SIGTERM');
    const afterStop = await readLog(server, docName);
    expect(afterStop.updates).toHaveLength(0);
    expect(afterStop.state).not.toBeNull();
    const compacted = new Y.Doc();
    Y.applyUpdate(compacted, afterStop.state!);
    expect(Buffer.from(Y.encodeStateAsUpdate(compacted)).equals(Buffer.from(Y.encodeStateAsUpdate(fromStore)))).toBe(
      true,
    );
    expect(Buffer.from(Y.encodeStateVector(compacted)).equals(Buffer.from(Y.encodeStateVector(client.doc)))).toBe(true);
    expect(documentText(compacted)).toBe(documentText(client.doc));
  });

  it('a session of 1,000 edits reloads identical after a restart', async () => {
    const server = await start({ keepData: true, env: { COMPACT_AFTER_UPDATES: '300' } });
    const docName = await demoGuideDocName(server);
    const client = await connect(server, docName);
    const phrase = '一次函数y=kx+b的图象是一条直线';
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let edit = 0; edit < 1000; edit += 1) {
      const text = paragraphText(client.doc, edit % 4);
      if (text.length > 20 && random() < 0.3) {
        text.delete(Math.floor(random() * (text.length - 2)), 1);
      } else {
        text.insert(Math.floor(random() * (text.length + 1)), phrase[edit % phrase.length]);
      }
    }
    await client.acknowledged(30_000);
    const expectedJson = client.json();
    const expectedText = documentText(client.doc);

    await server.kill('SIGTERM');
    const restarted = await start({ dataDir: server.dataDir });
    const reader = await connect(restarted, docName, 'wanglei');
    expect(documentText(reader.doc)).toBe(expectedText);
    expect(reader.json()).toEqual(expectedJson);
  });
});
