import { AuthMessageType } from '@hocuspocus/common';
import { MessageType } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Guide } from '../../shared/schemas/guide.ts';
import { colorForUser } from '../../shared/presence/presenceUser.ts';
import type { ApiClient } from '../helpers/api.ts';
import { waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite();
let leader: ApiClient;
let drafter: ApiClient;
let zhang: ApiClient;
let liu: ApiClient;

/** The largest state a connection may share with the others (bytes of its JSON). */
const stateLimit = 4096;

beforeAll(async () => {
  [leader, drafter, zhang, liu] = await suite.login('wanglei', 'lifang', 'zhangwei', 'liuyang');
});

/** A new guide in 主备初稿: 李芳 edits, the leader and the other members are read-only. */
async function draftGuide(title: string): Promise<Guide> {
  const created = await leader.post<Guide>('/api/guides', {
    title,
    templateId: 'general',
    groupId: 'group-math8',
    leadDrafterId: 'user-lifang',
  });
  expect(created.status).toBe(201);
  return created.body;
}

type State = Record<string, unknown>;

function stateOf(client: CollabClient, clientId: number): State | undefined {
  return client.provider.awareness!.getStates().get(clientId) as State | undefined;
}

/** Every state another client receives for `clientId` from now on, as it arrives. */
function receivedStates(observer: CollabClient, clientId: number): State[] {
  const received: State[] = [];
  observer.provider.awareness!.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    if (![...added, ...updated].includes(clientId)) return;
    const state = stateOf(observer, clientId);
    if (state) received.push(structuredClone(state));
  });
  return received;
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** An awareness message as y-protocols encodes it, for any client id, clock and state (null: removal). */
function awarenessMessage(docName: string, clientId: number, clock: number, state: State | null): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.meta.set(clientId, { clock, lastUpdated: Date.now() });
  const update = encodeAwarenessUpdate(awareness, [clientId], new Map([[clientId, state as State]]));
  awareness.destroy();
  doc.destroy();
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A bare WebSocket, authenticated for one document, that sends whatever the test writes. */
async function rawConnection(api: ApiClient, docName: string): Promise<WebSocket> {
  const socket = new WebSocket(suite.server.wsUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const authenticated = new Promise<void>((resolve) => {
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) !== MessageType.Auth) return;
      if (decoding.readVarUint(decoder) === AuthMessageType.Authenticated) resolve();
    });
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, AuthMessageType.Token);
  encoding.writeVarString(encoder, api.token!);
  socket.send(encoding.toUint8Array(encoder));
  await authenticated;
  return socket;
}

describe('presence (awareness)', () => {
  it('shows a read-only member under their own name and colour, whatever their editor sends', async () => {
    const guide = await draftGuide('在场：冒用姓名');
    const member = await suite.connect(zhang, guide.docName);
    const observer = await suite.connect(drafter, guide.docName);
    const memberId = member.provider.awareness!.clientID;

    member.provider.setAwarenessField('user', { id: 'user-wanglei', username: 'wanglei', name: '王磊', color: '#000000' });
    member.provider.setAwarenessField('cursor', null);
    await waitFor(() => stateOf(observer, memberId)?.cursor === null, '张伟’s presence at 李芳');

    // Read-only members still show their presence, as who they are.
    expect(stateOf(observer, memberId)!.user).toEqual({
      id: 'user-zhangwei',
      username: 'zhangwei',
      name: '张伟',
      color: colorForUser('user-zhangwei'),
    });
  });

  it('drops a presence state over 4 KB, so nobody receives it, and relays the sender’s next one', async () => {
    const guide = await draftGuide('在场：超大状态');
    const sender = await suite.connect(liu, guide.docName);
    const observer = await suite.connect(drafter, guide.docName);
    const senderId = sender.provider.awareness!.clientID;
    const received = receivedStates(observer, senderId);

    sender.provider.setAwarenessField('padding', '填'.repeat(100_000));
    sender.provider.awareness!.setLocalState({ marker: 'after' });
    await waitFor(() => stateOf(observer, senderId)?.marker === 'after', 'the small state after the large one');

    expect(received.length).toBeGreaterThan(0);
    for (const state of received) {
      expect(state.padding).toBeUndefined();
      expect(jsonBytes(state)).toBeLessThanOrEqual(stateLimit);
    }
    // Dropped, not thrown out: the connection stays open.
    expect(sender.socket.status).toBe('connected');
  });

  it('lets no connection overwrite or remove another teacher’s presence entry', async () => {
    const guide = await draftGuide('在场：改写他人');
    const victim = await suite.connect(drafter, guide.docName);
    const observer = await suite.connect(leader, guide.docName);
    const victimId = victim.provider.awareness!.clientID;
    victim.provider.setAwarenessField('user', { name: '李芳' });
    victim.provider.setAwarenessField('cursor', { anchor: 'a', head: 'a' });
    await waitFor(() => stateOf(observer, victimId)?.cursor !== undefined, '李芳’s presence at the leader');
    const victimState = structuredClone(stateOf(observer, victimId));
    const received = receivedStates(observer, victimId);

    const attacker = await rawConnection(liu, guide.docName);
    const attackerId = victimId === 424242 ? 424243 : 424242;
    try {
      const clock = victim.provider.awareness!.meta.get(victimId)!.clock;
      attacker.send(awarenessMessage(guide.docName, victimId, clock + 10, { user: { name: '刘洋冒充' }, forged: true }));
      attacker.send(awarenessMessage(guide.docName, victimId, clock + 20, null));
      attacker.send(awarenessMessage(guide.docName, attackerId, 1, { marker: 'done' }));
      await waitFor(() => stateOf(observer, attackerId)?.marker === 'done', 'the attacker’s own state');
    } finally {
      attacker.close();
    }

    expect(received.filter((state) => state.forged)).toEqual([]);
    expect(stateOf(observer, victimId)).toEqual(victimState);
    // The attacker's own entry shows who they are.
    expect((stateOf(observer, attackerId)!.user as State).name).toBe('刘洋');
  });

  it('keeps a teacher’s client id theirs from their editor’s first message, before their first real state', async () => {
    const guide = await draftGuide('在场：抢先占用');
    const victim = await suite.connect(zhang, guide.docName);
    const observer = await suite.connect(drafter, guide.docName);
    const victimId = victim.provider.awareness!.clientID;
    const received = receivedStates(observer, victimId);

    // The editor has only sent its empty first state (clock 0), which is never applied.
    const attacker = await rawConnection(liu, guide.docName);
    try {
      attacker.send(awarenessMessage(guide.docName, victimId, 5, { user: { name: '张伟' }, forged: true }));
      victim.provider.setAwarenessField('cursor', null);
      await waitFor(() => received.some((state) => state.cursor === null), '张伟’s own state');
    } finally {
      attacker.close();
    }
    expect(received.filter((state) => state.forged)).toEqual([]);
    expect((stateOf(observer, victimId)!.user as State).id).toBe('user-zhangwei');
  });
});
