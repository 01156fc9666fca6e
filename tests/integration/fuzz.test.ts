import { MessageType } from '@hocuspocus/provider';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { messageYjsSyncStep2, writeSyncStep1 } from 'y-protocols/sync';
import * as Y from 'yjs';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { presenceUser } from '../../shared/presence/presenceUser.ts';

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

type PresenceState = Record<string, unknown>;

/** One entry of an awareness update: any client id (others' included), clock and JSON state. */
interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** An awareness message as y-protocols encodes it, whatever the entries say. */
function awarenessMessage(entries: AwarenessEntry[]): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const states = new Map<number, PresenceState>();
  for (const entry of entries) {
    awareness.meta.set(entry.clientId, { clock: entry.clock, lastUpdated: Date.now() });
    states.set(entry.clientId, entry.state as PresenceState);
  }
  const update = encodeAwarenessUpdate(awareness, [...states.keys()], states);
  awareness.destroy();
  doc.destroy();
  return wrapAwareness(update);
}

function wrapAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A sync step 1 for the document: the server answers it (step 2) once it has handled every earlier message. */
function syncStep1Message(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, MessageType.Sync);
  const empty = new Y.Doc();
  writeSyncStep1(encoder, empty);
  empty.destroy();
  return encoding.toUint8Array(encoder);
}

/**
 * Sends messages on a fresh socket once it is authenticated, then a sync step 1, and resolves
 * when the server has answered it (so every message before it was handled) or has closed the
 * document connection or the socket.
 */
async function sendAuthenticated(messages: Uint8Array[]): Promise<void> {
  const socket = new WebSocket(server.wsUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let authenticated: () => void = () => {};
  let handled: () => void = () => {};
  const authentication = new Promise<void>((resolve) => (authenticated = resolve));
  const answer = new Promise<void>((resolve) => (handled = resolve));
  socket.once('close', () => {
    authenticated();
    handled();
  });
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarString(decoder) !== docName) return;
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Auth) authenticated();
    else if (type === MessageType.CLOSE) handled();
    else if (type === MessageType.Sync && decoding.readVarUint(decoder) === messageYjsSyncStep2) handled();
  });
  socket.send(authMessage());
  await authentication;
  for (const message of messages) socket.send(message);
  socket.send(syncStep1Message());
  await answer;
  socket.close();
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('a fuzzer on presence (awareness)', () => {
  it('never crashes the server, never changes another client’s entry or name, and never relays a state over 4 KB', async () => {
    const lifang = presenceUser({ id: 'user-lifang', username: 'lifang', name: '李芳' });
    bystander.provider.setAwarenessField('user', lifang);
    bystander.provider.setAwarenessField('cursor', { anchor: 1, head: 1 });
    const observer = await connectClient(server.wsUrl, docName, token);
    const bystanderId = bystander.provider.awareness!.clientID;
    const observerId = observer.provider.awareness!.clientID;
    await waitFor(() => observer.provider.awareness!.getStates().get(bystanderId)?.cursor !== undefined, 'the bystander’s presence');
    const bystanderState = structuredClone(observer.provider.awareness!.getStates().get(bystanderId));

    // Everything the observer receives from now on.
    const received: { clientId: number; state: PresenceState }[] = [];
    observer.provider.awareness!.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const clientId of [...added, ...updated]) {
        const state = observer.provider.awareness!.getStates().get(clientId);
        if (state) received.push({ clientId, state: structuredClone(state) });
      }
    });

    const clientId = fc.oneof(fc.constant(bystanderId), fc.constant(observerId), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    const state = fc.oneof(
      fc.constant(null),
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ user: fc.jsonValue({ maxDepth: 2 }), cursor: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
      fc.record({ user: fc.constant({ id: 'user-wanglei', username: 'wanglei', name: '王磊', color: '#000000' }) }),
      fc.integer({ min: 3_000, max: 200_000 }).map((length) => ({ padding: '大'.repeat(length / 3) })),
    );
    const entry = fc.record({ clientId, clock: fc.integer({ min: 0, max: 2 ** 31 }), state });
    const wellFormed = fc.array(entry, { minLength: 1, maxLength: 4 }).map(awarenessMessage);
    // Mostly well-formed: a broken message makes the server close the connection, which
    // removes what the connection's earlier messages had set before it is relayed.
    const message = fc.oneof(
      { arbitrary: wellFormed, weight: 6 },
      // A broken update inside a well-formed message, or a well-formed one cut short or changed.
      { arbitrary: fc.uint8Array({ minLength: 0, maxLength: 200 }).map(wrapAwareness), weight: 1 },
      { arbitrary: fc.tuple(wellFormed, fc.nat()).map(([bytes, cut]) => bytes.slice(0, cut % bytes.length)), weight: 1 },
      {
        arbitrary: fc
          .tuple(wellFormed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }))
          .map(([bytes, mutations]) => {
            const mutated = bytes.slice();
            for (const [index, value] of mutations) mutated[index % mutated.length] = value;
            return mutated;
          }),
        weight: 1,
      },
    );

    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), async (messages) => {
        await sendAuthenticated(messages);
        const health = await new ApiClient(server).get('/api/health');
        expect(health.status).toBe(200);
      }),
      { numRuns: 50, seed: 20261203 },
    );

    // Relaying still works: the bystander's next state reaches the observer, after everything above.
    bystander.provider.setAwarenessField('marker', 'after the fuzzer');
    await waitFor(
      () => observer.provider.awareness!.getStates().get(bystanderId)?.marker === 'after the fuzzer',
      'the bystander’s state after the fuzzer',
    );
    expect(observer.provider.awareness!.getStates().get(bystanderId)).toEqual({ ...bystanderState, marker: 'after the fuzzer' });
    // Some of the fuzzing sockets' own states were relayed (the property is not empty).
    expect(received.some(({ clientId: id }) => id !== bystanderId)).toBe(true);
    for (const { state: relayed } of received) {
      expect(jsonBytes(relayed)).toBeLessThanOrEqual(4096);
      // Every fuzzing socket is 李芳's: whatever name it sent, it shows as her.
      expect(relayed.user).toEqual(lifang);
    }
    // Nothing reached the observer under the bystander's entry but the bystander's own state.
    expect(received.filter(({ clientId: id, state: relayed }) => id === bystanderId && relayed.marker !== 'after the fuzzer')).toEqual([]);
    observer.destroy();
    expect(server.process.exitCode).toBeNull();
  });
});
