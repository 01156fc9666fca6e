import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { loginAs } from '../helpers/api.ts';
import { connectClient, waitFor } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { repoRoot, runServerToExit, startTestServer, type TestServer } from '../helpers/testServer.ts';

let server: TestServer;
let token: string;
let docName: string;

beforeAll(async () => {
  server = await startTestServer({ env: { COLLAB_MAX_MESSAGE_BYTES: '65536' } });
  const api = await loginAs(server, 'lifang');
  token = api.token!;
  docName = (await api.guides()).body[0].docName;
});

afterAll(async () => {
  await server.stop();
});

/** Opens a raw WebSocket and authenticates it for the document the Hocuspocus way. */
async function rawAuthenticatedSocket(): Promise<WebSocket> {
  const socket = new WebSocket(server.wsUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, docName);
  encoding.writeVarUint(auth, 2); // MessageType.Auth
  encoding.writeVarUint(auth, 0); // AuthMessageType.Token
  encoding.writeVarString(auth, token);
  socket.send(encoding.toUint8Array(auth));
  await new Promise((resolve) => socket.once('message', resolve));
  return socket;
}

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const message = encoding.createEncoder();
  encoding.writeVarString(message, docName);
  encoding.writeVarUint(message, 0); // MessageType.Sync
  encoding.writeVarUint(message, 2); // y-protocols update
  encoding.writeVarUint8Array(message, update);
  return encoding.toUint8Array(message);
}

function closed(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe('bad input on the WebSocket', () => {
  it('closes a connection whose message is over the size limit and keeps serving the others', async () => {
    const bystander = await connectClient(server.wsUrl, docName, token);
    const socket = await rawAuthenticatedSocket();
    const closing = closed(socket);
    socket.send(new Uint8Array(100_000));
    const { code, reason } = await closing;
    expect(code).toBe(1009);
    expect(reason).toMatch(/message-too-large/);

    paragraphText(bystander.doc, 0).insert(0, '仍然在线');
    await bystander.acknowledged();
    const reader = await connectClient(server.wsUrl, docName, token);
    expect(paragraphText(reader.doc, 0).toString()).toContain('仍然在线');
    bystander.destroy();
    reader.destroy();
  });

  it('leaves the document unchanged when a client sends random bytes', async () => {
    const observer = await connectClient(server.wsUrl, docName, token);
    const before = Y.encodeStateVector(observer.doc);
    const textBefore = documentText(observer.doc);

    let seed = 42;
    const randomBytes = (length: number) =>
      Uint8Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % 256;
      });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const socket = await rawAuthenticatedSocket();
      const closing = closed(socket);
      socket.send(attempt % 2 === 0 ? randomBytes(64 + attempt * 13) : syncUpdateMessage(randomBytes(40 + attempt)));
      socket.send(syncUpdateMessage(randomBytes(200)));
      setTimeout(() => socket.close(), 300);
      await closing;
    }

    const fresh = await connectClient(server.wsUrl, docName, token);
    expect(documentText(fresh.doc)).toBe(textBefore);
    expect(Buffer.from(Y.encodeStateVector(fresh.doc)).equals(Buffer.from(before))).toBe(true);
    expect(fresh.doc.share.size).toBe(1);
    observer.destroy();
    fresh.destroy();
  });

  it('rejects a well-formed update that writes to an unknown root type and closes that connection', async () => {
    const socket = await rawAuthenticatedSocket();
    const closing = closed(socket);
    const attacker = new Y.Doc();
    attacker.getMap('junk').set('x', 'y');
    socket.send(syncUpdateMessage(Y.encodeStateAsUpdate(attacker)));
    const { reason } = await closing;
    expect(reason).toBe('malformed-update');

    const reader = await connectClient(server.wsUrl, docName, token);
    await waitFor(() => reader.doc.share.size >= 1, 'content to load');
    expect([...reader.doc.share.keys()]).toEqual(['default']);
    reader.destroy();
  });

  it('refuses a connection with an invalid token and gives the reason', async () => {
    await expect(connectClient(server.wsUrl, docName, 'not-a-token')).rejects.toThrow(/unauthenticated/);
  });

  it('refuses a connection to a document that does not exist', async () => {
    await expect(connectClient(server.wsUrl, 'guide:does-not-exist', token)).rejects.toThrow(/forbidden/);
  });
});

describe('start-up checks', () => {
  it('refuses to start on a broken template and names the file and the field', async () => {
    const templatesDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-templates-'));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-data-'));
    try {
      cpSync(path.join(repoRoot, 'templates'), templatesDir, { recursive: true });
      const file = path.join(templatesDir, 'general.json');
      const template = JSON.parse(readFileSync(file, 'utf8'));
      template.blocks[1].minutes = 'ten';
      writeFileSync(file, JSON.stringify(template));
      const { code, output } = await runServerToExit({ TEMPLATES_DIR: templatesDir, DATA_DIR: dataDir });
      expect(code).not.toBe(0);
      expect(output).toContain('general.json');
      expect(output).toContain('blocks.1.minutes');
      expect(output).not.toContain('listening on');
    } finally {
      rmSync(templatesDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses to start on an invalid environment and names the variable', async () => {
    const { code, output } = await runServerToExit({ PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(output).toContain('PORT');
  });
});
