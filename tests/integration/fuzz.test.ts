import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { connectClient, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';

let server: TestServer;
let token: string;
let docName: string;
let bystander: CollabClient;

beforeAll(async () => {
  server = await startTestServer();
  const api = await loginAs(server, 'lifang');
  token = api.token!;
  docName = (await api.guides()).body[0].docName;
  bystander = await connectClient(server.wsUrl, docName, token);
});

afterAll(async () => {
  bystander.destroy();
  await server.stop();
});

function authMessage(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}

/** A valid Hocuspocus sync update message carrying a real edit, to truncate and mutate. */
function validUpdateMessage(): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(bystander.doc));
  const before = Y.encodeStateVector(scratch);
  paragraphText(scratch, 0).insert(0, '模糊测试');
  const update = Y.encodeStateAsUpdate(scratch, before);
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Sends messages on a fresh authenticated socket and waits until the server closes it or a moment passes. */
async function sendRaw(messages: Uint8Array[]): Promise<void> {
  const socket = new WebSocket(server.wsUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.send(authMessage());
  for (const message of messages) socket.send(message);
  const timer = setTimeout(() => socket.close(), 150);
  await closed;
  clearTimeout(timer);
}

describe('a fuzzer on /collab', () => {
  it('leaves the server up, the other connections working and the document intact', async () => {
    const valid = validUpdateMessage();
    const textBefore = documentText(bystander.doc);
    const rootsBefore = [...bystander.doc.share.keys()];

    const message = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 300 }),
      fc.integer({ min: 0, max: valid.length - 1 }).map((length) => valid.slice(0, length)),
      fc
        .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
        .map((mutations) => {
          const mutated = valid.slice();
          for (const [index, value] of mutations) mutated[index] = value;
          return mutated;
        }),
    );

    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 4 }), async (messages) => {
        await sendRaw(messages);
        const health = await new ApiClient(server).get('/api/health');
        expect(health.status).toBe(200);
      }),
      { numRuns: 60, seed: 20261122 },
    );

    // A mutated message may still be a valid edit (a changed character of 模糊测试); anything
    // else must not have touched the document. The bystander still edits and is acknowledged.
    const reader = await connectClient(server.wsUrl, docName, token);
    expect([...reader.doc.share.keys()]).toEqual(rootsBefore);
    expect(() => normaliseGuideJson(reader.json())).not.toThrow();
    const stripped = documentText(reader.doc).replace(/[^\u4e00-\u9fff]/g, '');
    expect(stripped.length).toBeGreaterThanOrEqual(textBefore.replace(/[^\u4e00-\u9fff]/g, '').length);
    paragraphText(bystander.doc, 1).insert(0, '模糊测试之后仍可编辑');
    await bystander.acknowledged();
    const check = await connectClient(server.wsUrl, docName, token);
    expect(paragraphText(check.doc, 1).toString()).toContain('模糊测试之后仍可编辑');
    reader.destroy();
    check.destroy();
    expect(server.process.exitCode).toBeNull();
  });
});
