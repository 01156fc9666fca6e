import { beforeAll, describe, expect, it } from 'vitest';
import type { CommentReply, CommentThread } from '../../shared/schemas/comment.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { anchorOn } from '../helpers/commentAnchor.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite({ outsider: true });
const connect = suite.connect;
let leader: ApiClient;
let drafter: ApiClient;
let zhang: ApiClient;
let liu: ApiClient;

beforeAll(async () => {
  [leader, drafter, zhang, liu] = await suite.login('wanglei', 'lifang', 'zhangwei', 'liuyang');
});

const sentence = '理解一次函数的概念，会画一次函数的图象。';

/** A guide in drafting whose first paragraph holds the sentence; the drafter's client stays connected. */
async function draftedGuide(title: string): Promise<{ guide: Guide; writer: CollabClient }> {
  const created = await leader.post<Guide>('/api/guides', {
    title,
    templateId: 'general',
    groupId: 'group-math8',
    leadDrafterId: 'user-lifang',
  });
  const writer = await connect(drafter, created.body.docName);
  paragraphText(writer.doc, 0).insert(0, sentence);
  await writer.acknowledged();
  return { guide: created.body, writer };
}

async function threads(api: ApiClient, guide: Guide): Promise<CommentThread[]> {
  const response = await api.get<CommentThread[]>(`/api/guides/${guide.id}/comments`);
  expect(response.status).toBe(200);
  return response.body;
}

describe('comment threads', () => {
  it('lets a member comment while the guide is still a draft, and others see it live', async () => {
    const { guide, writer } = await draftedGuide('预读批注');
    const reader = await connect(zhang, guide.docName);
    expect(reader.provider.isAuthenticated).toBe(true);
    const heard: string[] = [];
    writer.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));

    const created = await zhang.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(reader.doc, '一次函数的概念'),
      body: '“概念”建议改为“意义”，与课标表述一致。',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      quote: '一次函数的概念',
      anchorText: '一次函数的概念',
      body: '“概念”建议改为“意义”，与课标表述一致。',
      author: 'user-zhangwei',
      authorName: '张伟',
      resolved: false,
      replies: [],
    });
    await waitFor(() => heard.some((payload) => JSON.parse(payload).type === 'comments'), 'the live notice');
    expect(JSON.parse(heard.find((payload) => JSON.parse(payload).type === 'comments')!)).toEqual({
      type: 'comments',
      guideId: guide.id,
    });
    const listed = await threads(drafter, guide);
    expect(listed.map((thread) => thread.id)).toEqual([created.body.id]);
    // Commenting does not need write access: the member's connection stayed read-only.
    paragraphText(reader.doc, 0).insert(0, '组员不能直接改');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify((await leader.get(`/api/guides/${guide.id}/content`)).body)).not.toContain('组员不能直接改');
  });

  it('keeps the anchor on its text while others edit before and inside it', async () => {
    const { guide, writer } = await draftedGuide('批注锚点');
    const created = await liu.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(writer.doc, '会画一次函数'),
      body: '画图要求写清步骤：列表、描点、连线。',
    });
    expect(created.body.anchorText).toBe('会画一次函数');

    const text = paragraphText(writer.doc, 0);
    text.insert(0, '【学习目标】');
    text.insert(sentence.indexOf('一次函数的图象') + '【学习目标】'.length, '正确地');
    await writer.acknowledged();
    const [after] = await threads(liu, guide);
    expect(after!.anchorText).toBe('会画正确地一次函数');
    expect(after!.quote).toBe('会画一次函数');

    // Deleting the whole commented text leaves the thread, without a place.
    const start = '【学习目标】'.length + sentence.indexOf('会画');
    text.delete(start, '会画正确地一次函数'.length);
    await writer.acknowledged();
    const [gone] = await threads(liu, guide);
    expect(gone!.anchorText).toBeNull();
    expect(gone!.quote).toBe('会画一次函数');
  });

  it('takes replies, and lets the author, the leader or the lead drafter resolve and reopen', async () => {
    const { guide, writer } = await draftedGuide('批注回复与解决');
    const thread = await zhang.post<CommentThread>(`/api/guides/${guide.id}/comments`, {
      anchor: anchorOn(writer.doc, '图象'),
      body: '这里是否补充“一条直线”？',
    });
    const reply = await drafter.post<CommentReply>(`/api/guides/${guide.id}/comments`, {
      parentId: thread.body.id,
      body: '同意，已在第二段补充。',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ parentId: thread.body.id, authorName: '李芳', body: '同意，已在第二段补充。' });
    const replyToReply = await zhang.post(`/api/guides/${guide.id}/comments`, { parentId: reply.body.id, body: '好' });
    expect(replyToReply.status).toBe(400);

    const byOther = await liu.post(`/api/comments/${thread.body.id}/resolve`);
    expect(byOther.status).toBe(403);
    const resolved = await drafter.post<CommentThread>(`/api/comments/${thread.body.id}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolved: true, resolvedByName: '李芳' });
    expect(resolved.body.replies.map((item) => item.body)).toEqual(['同意，已在第二段补充。']);
    const reopened = await zhang.post<CommentThread>(`/api/comments/${thread.body.id}/reopen`);
    expect(reopened.body).toMatchObject({ resolved: false, resolvedAt: null });
    const byLeader = await leader.post<CommentThread>(`/api/comments/${thread.body.id}/resolve`);
    expect(byLeader.body.resolved).toBe(true);
  });

  it('stays open for comments after the guide is final', async () => {
    const { guide, writer } = await draftedGuide('定稿后仍可批注');
    const anchor = anchorOn(writer.doc, '一次函数');
    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    const created = await liu.post(`/api/guides/${guide.id}/comments`, { anchor, body: '上课时这里学生容易混淆。' });
    expect(created.status).toBe(201);
  });

  it('rejects bad comments with the field path and stores nothing', async () => {
    const { guide, writer } = await draftedGuide('批注的错误输入');
    const anchor = anchorOn(writer.doc, '概念');
    const noAnchor = await zhang.post(`/api/guides/${guide.id}/comments`, { body: '没有位置' });
    expect(noAnchor.status).toBe(400);
    expect(noAnchor.body).toMatchObject({ error: { path: ['anchor'] } });
    const empty = await zhang.post(`/api/guides/${guide.id}/comments`, { anchor, body: '   ' });
    expect(empty.body).toMatchObject({ error: { path: ['body'] } });
    const tooLong = await zhang.post(`/api/guides/${guide.id}/comments`, { anchor, body: '长'.repeat(2001) });
    expect(tooLong.body).toMatchObject({ error: { path: ['body'] } });
    const garbage = await zhang.post(`/api/guides/${guide.id}/comments`, { anchor: { from: '////', to: anchor.to }, body: '坏锚点' });
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ error: { path: ['anchor', 'from'] } });
    const nowhere = await zhang.post(`/api/guides/${guide.id}/comments`, { anchor: { from: 'AAAA', to: anchor.to }, body: '空锚点' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body).toMatchObject({ error: { code: 'invalid_anchor', path: ['anchor'] } });

    const { guide: other } = await draftedGuide('另一份导学案');
    const foreign = await zhang.post(`/api/guides/${other.id}/comments`, { anchor, body: '别处的锚点' });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ error: { code: 'invalid_anchor' } });

    const outsider = await loginAs(suite.server, 'outsider');
    expect((await outsider.post(`/api/guides/${guide.id}/comments`, { anchor, body: '组外' })).status).toBe(404);
    expect((await outsider.get(`/api/guides/${guide.id}/comments`)).status).toBe(404);
    expect(await threads(zhang, guide)).toEqual([]);
    expect(await threads(zhang, other)).toEqual([]);
  });
});
