import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { hashSessionToken } from '../../server/auth/sessionToken.ts';
import { groupMembershipChanger } from '../../server/commands/groupMembershipChanger.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { startInProcessServer, type InProcessServer } from '../helpers/inProcessServer.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

/**
 * An editor connection lasts no longer than the right it was opened with: logout, the
 * session's expiry and a change of the teacher's group membership decide it again within a
 * second. The server runs in the test process so the membership command (whose admin route
 * is still to come) can be called as that route will call it.
 */
let server: InProcessServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startInProcessServer();
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});

afterAll(async () => {
  await server?.stop();
});

async function connect(api: ApiClient, docName: string): Promise<CollabClient> {
  const client = await connectClient(server.wsUrl, docName, api.token!);
  clients.push(client);
  return client;
}

/** The close events of a client's socket (code and reason the server gave), as they come. */
function socketCloses(client: CollabClient): { code: number; reason: string }[] {
  const closes: { code: number; reason: string }[] = [];
  client.socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  return closes;
}

async function newGuide(leader: ApiClient, title: string, leadDrafterId: string): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId });
  expect(response.status).toBe(201);
  return response.body;
}

async function liveText(api: ApiClient, guide: Guide): Promise<string> {
  return JSON.stringify((await api.get(`/api/guides/${guide.id}/content`)).body);
}

describe('editor connections end with the right they were opened with', () => {
  it('closes the connections opened with a session within 1 s of its logout; another session of the same teacher stays', async () => {
    const [leader, laptop, phone] = [await loginAs(server, 'wanglei'), await loginAs(server, 'zhangwei'), await loginAs(server, 'zhangwei')];
    const guide = await newGuide(leader, '退出登录后的连接', 'user-zhangwei');
    const onLaptop = await connect(laptop, guide.docName);
    const onPhone = await connect(phone, guide.docName);
    const laptopCloses = socketCloses(onLaptop);

    expect((await laptop.post('/api/auth/logout')).status).toBe(200);
    await waitFor(() => laptopCloses.some((close) => close.code === 4401), 'the logged-out connection to close with 4401', 1000);
    expect(laptopCloses.find((close) => close.code === 4401)?.reason).toMatch(/^unauthorized: session ended/);

    // What the logged-out editor types is not applied; the other session goes on editing.
    paragraphText(onLaptop.doc, 0).insert(0, '退出后仍在输入');
    paragraphText(onPhone.doc, 0).insert(0, '手机上继续编辑');
    await onPhone.acknowledged();
    const text = await liveText(leader, guide);
    expect(text).toContain('手机上继续编辑');
    expect(text).not.toContain('退出后仍在输入');
  });

  it('closes a connection within 1 s of its session expiring', async () => {
    const [leader, drafter] = [await loginAs(server, 'wanglei'), await loginAs(server, 'zhangwei')];
    const guide = await newGuide(leader, '会话到期后的连接', 'user-zhangwei');
    const expiresAt = Date.now() + 3000;
    await queryTestDatabase(server, 'update sessions set expires_at = ? where token_hash = ?', [new Date(expiresAt).toISOString(), hashSessionToken(drafter.token!)]);
    const client = await connect(drafter, guide.docName);
    const closes = socketCloses(client);
    paragraphText(client.doc, 0).insert(0, '到期前的修改');
    await client.acknowledged();

    await waitFor(() => closes.some((close) => close.code === 4401), 'the expired session’s connection to close', expiresAt + 1000 - Date.now());
    expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
    expect(closes.find((close) => close.code === 4401)?.reason).toMatch(/^unauthorized: session expired/);
    paragraphText(client.doc, 0).insert(0, '到期后的修改');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await liveText(leader, guide)).not.toContain('到期后的修改');
  });

  it('re-decides a teacher’s open connections within 1 s of a change to their group membership', async () => {
    const [leader, member] = [await loginAs(server, 'wanglei'), await loginAs(server, 'liuyang')];
    const guide = await newGuide(leader, '组员变动后的连接', 'user-lifang');
    // In 修改完善 a member reads and comments, the leader edits.
    await queryTestDatabase(server, "update guides set stage = 'revising' where id = ?", [guide.id]);
    const client = await connect(member, guide.docName);
    const access = statelessMessages<AccessMessage>(client, 'access');
    const closes = socketCloses(client);
    try {
      // Made the group's leader.
      await groupMembershipChanger({ app: server.app, groupId: 'group-math8', userId: 'user-liuyang', role: 'leader' });
      await waitFor(() => access.some((message) => message.access === 'edit'), 'the new leader’s connection to be allowed to edit', 1000);
      expect(access.at(-1)?.reason).toBe('membership-changed');

      // Taken out of the group: the guide is no longer theirs to read.
      await groupMembershipChanger({ app: server.app, groupId: 'group-math8', userId: 'user-liuyang', role: null });
      await waitFor(() => closes.some((close) => close.code === 4403), 'the removed teacher’s connection to close with 4403', 1000);
      await expect(connectClient(server.wsUrl, guide.docName, member.token!)).rejects.toThrow(/forbidden/);
    } finally {
      await groupMembershipChanger({ app: server.app, groupId: 'group-math8', userId: 'user-liuyang', role: 'member' });
    }
  });
});
