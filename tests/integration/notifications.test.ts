import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { Notification, NotificationMessage } from '../../shared/schemas/notification.ts';
import { anchorOn } from '../helpers/commentAnchor.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite({ outsider: true });
let leader: ApiClient; // 王磊
let lifang: ApiClient; // 李芳
let zhangwei: ApiClient; // 张伟
let liuyang: ApiClient; // 刘洋
let outsider: ApiClient; // 赵敏 of another school
let seeded: GuideSummary;

beforeAll(async () => {
  [leader, lifang, zhangwei, liuyang, outsider] = await suite.login('wanglei', 'lifang', 'zhangwei', 'liuyang', 'outsider');
  seeded = (await leader.guides()).body[0];
});

async function inbox(api: ApiClient): Promise<Notification[]> {
  const response = await api.get<Notification[]>('/api/notifications');
  expect(response.status).toBe(200);
  return response.body;
}

describe('notifications', () => {
  it('tells the lead drafter of a lesson assigned to them, live on an open connection and in the list after login', async () => {
    // 张伟 has the seeded guide open in the editor.
    const editor = await suite.connect(zhangwei, seeded.docName);
    const live = statelessMessages<NotificationMessage>(editor, 'notification');
    const created = await leader.post<Guide>('/api/guides', {
      title: '19.3 课题学习 选择方案',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-zhangwei',
      dueDate: '2030-01-15',
    });
    expect(created.status).toBe(201);
    await waitFor(() => live.length > 0, 'the assignment reaches the open editor');
    expect(live[0].notification).toMatchObject({
      kind: 'assigned',
      guideId: created.body.id,
      link: `/guides/${created.body.id}`,
      read: false,
      params: { actor: '王磊', title: '19.3 课题学习 选择方案', dueDate: '2030-01-15' },
    });
    expect(live[0].notification.text).toContain('2030-01-15');

    // Logging in again (the next day), the notification is in the list, unread.
    const again = await loginAs(suite.server, 'zhangwei');
    const listed = (await inbox(again)).find((notification) => notification.id === live[0].notification.id);
    expect(listed).toEqual(live[0].notification);
    // Nobody else was told.
    for (const other of [leader, lifang, liuyang, outsider]) {
      expect((await inbox(other)).filter((notification) => notification.guideId === created.body.id)).toEqual([]);
    }

    const marked = await again.post<{ ok: true; count: number }>('/api/notifications/read', { ids: [listed!.id] });
    expect(marked.body).toEqual({ ok: true, count: 1 });
    expect((await inbox(again)).find((notification) => notification.id === listed!.id)!.read).toBe(true);
  });

  it('tells only the teacher an @mention names', async () => {
    const writer = await suite.connect(lifang, seeded.docName);
    const before = await Promise.all([leader, zhangwei, liuyang, outsider].map(inbox));
    const created = await lifang.post(`/api/guides/${seeded.id}/comments`, {
      anchor: anchorOn(writer.doc, '一次函数'),
      body: '这里的例题请 @刘洋 再看看，@赵敏 也看看',
    });
    expect(created.status).toBe(201);
    const mentions = (await inbox(liuyang)).filter((notification) => notification.kind === 'mention');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ guideId: seeded.id, params: { actor: '李芳' } });
    expect(mentions[0].text).toContain('@刘洋');
    // 王磊 and 张伟 are in the group but not named; 赵敏 of another school is named but may not read the guide.
    const after = await Promise.all([leader, zhangwei, outsider].map(inbox));
    expect(after).toEqual([before[0], before[1], before[3]]);
  });

  it('tells the author of a comment about a reply, unless they turned replies off', async () => {
    const writer = await suite.connect(liuyang, seeded.docName);
    const thread = await liuyang.post<{ id: string }>(`/api/guides/${seeded.id}/comments`, {
      anchor: anchorOn(writer.doc, '一次函数'),
      body: '这个例子是否太难？',
    });
    expect(thread.status).toBe(201);
    await lifang.post(`/api/guides/${seeded.id}/comments`, { parentId: thread.body.id, body: '我觉得可以保留。' });
    const replies = (await inbox(liuyang)).filter((notification) => notification.kind === 'reply');
    expect(replies).toHaveLength(1);
    expect(replies[0].params).toMatchObject({ actor: '李芳', text: '我觉得可以保留。' });

    const muted = await liuyang.request<{ muted: string[] }>('PUT', '/api/notifications/settings', { muted: ['reply'] });
    expect(muted.body).toEqual({ muted: ['reply'] });
    await zhangwei.post(`/api/guides/${seeded.id}/comments`, { parentId: thread.body.id, body: '同意。' });
    expect((await inbox(liuyang)).filter((notification) => notification.kind === 'reply')).toHaveLength(1);
    const bad = await liuyang.request('PUT', '/api/notifications/settings', { muted: ['everything'] });
    expect(bad.status).toBe(400);
  });

  it('tells the group a review meeting started, and the leaders that a draft was submitted', async () => {
    const submitted = await lifang.post(`/api/guides/${seeded.id}/transitions`, { action: 'submit' });
    expect(submitted.status).toBe(200);
    expect((await inbox(leader)).some((notification) => notification.kind === 'submitted' && notification.guideId === seeded.id)).toBe(true);
    expect((await inbox(zhangwei)).some((notification) => notification.kind === 'submitted')).toBe(false);

    const started = await leader.post(`/api/guides/${seeded.id}/meetings`, {});
    expect(started.status).toBe(201);
    for (const member of [lifang, zhangwei, liuyang]) {
      const meeting = (await inbox(member)).find((notification) => notification.kind === 'meeting');
      expect(meeting).toMatchObject({ guideId: seeded.id, link: `/guides/${seeded.id}`, params: { actor: '王磊' } });
    }
    expect((await inbox(leader)).some((notification) => notification.kind === 'meeting')).toBe(false);
    expect(await inbox(outsider)).toEqual([]);

    const all = await lifang.post<{ ok: true; count: number }>('/api/notifications/read', {});
    expect(all.body.count).toBeGreaterThan(0);
    expect((await inbox(lifang)).every((notification) => notification.read)).toBe(true);
  });
});
