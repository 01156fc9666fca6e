import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Guide } from '../../shared/schemas/guide.ts';
import { inboxChannelName } from '../../shared/schemas/inboxChannel.ts';
import type { Notification, NotificationMessage } from '../../shared/schemas/notification.ts';
import { sessionCookieName } from '../../server/auth/sessionToken.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { collabClientOf, statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { queryTestDatabase } from '../helpers/testDatabase.ts';

/**
 * Every page of the app keeps the teacher's inbox open on the collaboration socket
 * (`inbox:<userId>`), so a notification arrives live on the guide list, the plan or the search
 * page, not only in an open editor. The server decides whose inbox it is from the session; the
 * inbox holds nothing, and it closes with the session like an editor connection.
 */
const suite = collabSuite();
let leader: ApiClient; // 王磊
let lifang: ApiClient; // 李芳
let zhangwei: ApiClient; // 张伟
const opened: CollabClient[] = [];

beforeAll(async () => {
  [leader, lifang, zhangwei] = await suite.login('wanglei', 'lifang', 'zhangwei');
});

afterEach(() => {
  opened.splice(0).forEach((client) => client.destroy());
});

interface InboxClient extends CollabClient {
  /** Why the server refused it, once it has. */
  refusal: () => string | null;
  closes: { code: number; reason: string }[];
}

/**
 * An inbox opened as the web client opens it: no token in the provider, the session cookie (if
 * any) on the upgrade request. Resolves once synced or refused.
 */
async function openInbox(api: ApiClient | null, userId: string): Promise<InboxClient> {
  const cookie = api ? `${sessionCookieName}=${api.token}` : '';
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: suite.server.wsUrl, WebSocketPolyfill: CookieWebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: inboxChannelName(userId), document: doc, token: '' });
  let refusal: string | null = null;
  const closes: { code: number; reason: string }[] = [];
  socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: String(event.reason) }));
  const settled = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The inbox of ${userId} neither synced nor was refused`)), 10_000);
    provider.on('synced', () => {
      clearTimeout(timer);
      resolve();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      refusal = reason;
      clearTimeout(timer);
      resolve();
    });
  });
  provider.attach();
  await settled;
  const client: InboxClient = {
    ...collabClientOf(provider, socket, doc),
    refusal: () => refusal,
    closes,
  };
  opened.push(client);
  return client;
}

async function assign(title: string, leadDrafterId: string): Promise<{ guide: Guide; sentAt: number }> {
  const sentAt = Date.now();
  const response = await leader.post<Guide>('/api/guides', { title, templateId: 'general', groupId: 'group-math8', leadDrafterId, dueDate: '2030-01-15' });
  expect(response.status).toBe(201);
  return { guide: response.body, sentAt };
}

describe('the inbox on every page', () => {
  it('brings a notification within a second to a teacher who has no guide open', async () => {
    const inbox = await openInbox(zhangwei, 'user-zhangwei');
    expect(inbox.refusal()).toBeNull();
    const live = statelessMessages<NotificationMessage>(inbox, 'notification');
    const arrivals: number[] = [];
    inbox.provider.on('stateless', () => arrivals.push(Date.now()));

    const { guide, sentAt } = await assign('19.3 课题学习 选择方案', 'user-zhangwei');
    await waitFor(() => live.length > 0, 'the assignment reaches the inbox', 1000);
    expect(arrivals[0] - sentAt).toBeLessThan(1000);
    expect(live[0].notification).toMatchObject({ kind: 'assigned', guideId: guide.id, read: false, params: { actor: '王磊', dueDate: '2030-01-15' } });
    // The same notification the list gives.
    const listed = (await zhangwei.get<Notification[]>('/api/notifications')).body.find((notification) => notification.id === live[0].notification.id);
    expect(listed).toEqual(live[0].notification);
  });

  it('gives each teacher only their own inbox: another teacher’s is refused, and so is anyone not signed in', async () => {
    const others = await openInbox(lifang, 'user-zhangwei');
    expect(others.refusal()).toMatch(/^forbidden/);
    const anonymous = await openInbox(null, 'user-zhangwei');
    expect(anonymous.refusal()).toMatch(/^unauthenticated/);

    // 李芳's own inbox gets her notification; 张伟's open inbox does not.
    const mine = await openInbox(lifang, 'user-lifang');
    const zhangweiInbox = await openInbox(zhangwei, 'user-zhangwei');
    const toLifang = statelessMessages<NotificationMessage>(mine, 'notification');
    const toZhangwei = statelessMessages<NotificationMessage>(zhangweiInbox, 'notification');
    const { guide } = await assign('19.2.3 一次函数与方程', 'user-lifang');
    await waitFor(() => toLifang.length > 0, '李芳’s notification', 1000);
    expect(toLifang[0].notification.guideId).toBe(guide.id);
    // The assignment was told to 李芳 only: by the time it reached her, nothing came to 张伟.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toZhangwei).toEqual([]);
  });

  it('holds nothing: what a client writes into it is neither passed on nor stored', async () => {
    const laptop = await openInbox(zhangwei, 'user-zhangwei');
    const phone = await openInbox(await loginAs(suite.server, 'zhangwei'), 'user-zhangwei');
    laptop.doc.getText('x').insert(0, '写进收件箱');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(phone.doc.getText('x').toString()).toBe('');
    const stored = await queryTestDatabase(suite.server, "select doc_name from doc_updates where doc_name like 'inbox:%' union all select name from documents where name like 'inbox:%'");
    expect(stored).toEqual([]);
  });

  it('closes within a second when its session ends', async () => {
    const session = await loginAs(suite.server, 'zhangwei');
    const inbox = await openInbox(session, 'user-zhangwei');
    expect(inbox.refusal()).toBeNull();
    expect((await session.post('/api/auth/logout')).status).toBe(200);
    await waitFor(() => inbox.closes.some((close) => close.code === 4401), 'the logged-out inbox to close with 4401', 1000);
  });

  it('closes within a second when the teacher is deactivated, and does not open again', async () => {
    const [admin, liuyang] = await suite.login('jiaowu', 'liuyang');
    const inbox = await openInbox(liuyang, 'user-liuyang');
    expect(inbox.refusal()).toBeNull();
    expect((await admin.request('PATCH', '/api/admin/users/user-liuyang', { active: false })).status).toBe(200);
    await waitFor(() => inbox.closes.some((close) => close.code === 4401), 'the deactivated teacher’s inbox to close with 4401', 1000);
    expect((await openInbox(liuyang, 'user-liuyang')).refusal()).toMatch(/^unauthenticated/);
  });
});
