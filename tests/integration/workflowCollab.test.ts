import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessMessage } from '../../shared/schemas/accessMessage.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { documentText, paragraphText } from '../helpers/docText.ts';
import { suggestInsertion } from '../helpers/suggestions.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

const suite = collabSuite();
const connect = suite.connect;
let leader: ApiClient;
let drafter: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  [leader, drafter, member] = await suite.login('wanglei', 'zhangwei', 'liuyang');
});

async function newGuide(title: string): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', {
    title,
    templateId: 'general',
    groupId: 'group-math8',
    leadDrafterId: 'user-zhangwei',
  });
  return response.body;
}

async function serverText(guide: Guide): Promise<string> {
  const content = await leader.get(`/api/guides/${guide.id}/content`);
  return JSON.stringify(content.body);
}

/** Waits until an edit by an allowed writer reaches the observer, so anything sent before it has been handled. */
async function settle(writer: CollabClient, observer: CollabClient, marker: string) {
  paragraphText(writer.doc, 3).insert(0, marker);
  await writer.acknowledged();
  await waitFor(() => paragraphText(observer.doc, 3).toString().includes(marker), `${marker} to arrive`);
}

describe('document access follows the workflow on live connections', () => {
  it('does not apply a member’s edits during drafting, not even after a reconnect', async () => {
    const guide = await newGuide('草稿阶段的只读测试');
    const writer = await connect(drafter, guide.docName);
    const intruder = await connect(member, guide.docName);
    expect(intruder.provider.isAuthenticated).toBe(true);

    paragraphText(intruder.doc, 0).insert(0, '组员擅自修改');
    await settle(writer, intruder, '主备修改');
    expect(documentText(writer.doc)).not.toContain('组员擅自修改');
    expect(await serverText(guide)).not.toContain('组员擅自修改');

    // Reconnecting sends the unapplied change again in sync step 2; it is still refused.
    const localDoc = intruder.doc;
    intruder.provider.destroy();
    intruder.socket.destroy();
    const again = await connect(member, guide.docName, localDoc);
    expect(documentText(again.doc)).toContain('组员擅自修改');
    await settle(writer, again, '主备再次修改');
    expect(await serverText(guide)).not.toContain('组员擅自修改');
    const reader = await connect(leader, guide.docName);
    expect(documentText(reader.doc)).not.toContain('组员擅自修改');
  });

  it('applies a member’s suggestions during review', async () => {
    const guide = await newGuide('审稿阶段的协作测试');
    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    const memberClient = await connect(member, guide.docName);
    const observer = await connect(drafter, guide.docName);
    suggestInsertion(paragraphText(memberClient.doc, 0), 0, '组员建议：增加生活实例', 'user-liuyang');
    await memberClient.acknowledged();
    await waitFor(() => paragraphText(observer.doc, 0).toString().includes('组员建议'), 'the member’s suggestion to arrive');
    expect(await serverText(guide)).toContain('组员建议：增加生活实例');
    expect(await serverText(guide)).toContain('"suggestInsert"');
  });

  it('downgrades a member typing in review to read-only the moment the leader ends the review', async () => {
    const guide = await newGuide('结束研讨的降权测试');
    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    const memberClient = await connect(member, guide.docName);
    const drafterClient = await connect(drafter, guide.docName);
    const messages: AccessMessage[] = [];
    memberClient.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(JSON.parse(payload)));

    suggestInsertion(paragraphText(memberClient.doc, 0), 0, '研讨中的修改', 'user-liuyang');
    await memberClient.acknowledged();

    const started = Date.now();
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
    await waitFor(() => messages.some((message) => message.reason === 'stage-changed'), 'the access message', 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(messages.at(-1)).toMatchObject({ type: 'access', access: 'comment', stage: 'revising' });
    expect(messages.at(-1)!.message).toContain('只能阅读');

    suggestInsertion(paragraphText(memberClient.doc, 0), 0, '结束后的修改', 'user-liuyang');
    await settle(drafterClient, memberClient, '主备修改完善');
    const text = await serverText(guide);
    expect(text).toContain('研讨中的修改');
    expect(text).not.toContain('结束后的修改');
  });

  it('applies nobody’s edits after finalising, not even the leader’s', async () => {
    const guide = await newGuide('定稿后冻结测试');
    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
    const leaderClient = await connect(leader, guide.docName);
    paragraphText(leaderClient.doc, 0).insert(0, '定稿前组长修改');
    await leaderClient.acknowledged();
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });

    const drafterClient = await connect(drafter, guide.docName);
    paragraphText(leaderClient.doc, 0).insert(0, '定稿后组长修改');
    paragraphText(drafterClient.doc, 0).insert(0, '定稿后主备修改');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const reader = await connect(member, guide.docName);
    const text = paragraphText(reader.doc, 0).toString();
    expect(text).toContain('定稿前组长修改');
    expect(text).not.toContain('定稿后组长修改');
    expect(text).not.toContain('定稿后主备修改');
    expect(leaderClient.provider.hasUnsyncedChanges).toBe(true);
  });

  it('refuses a connection from a teacher outside the group with a reason', async () => {
    const guide = await newGuide('组外教师测试');
    const copyOwner = await loginAs(suite.server, 'lifang');
    // 李芳 is in the group: she may read. A bogus document name is refused.
    const readerClient = await connect(copyOwner, guide.docName);
    expect(readerClient.provider.isAuthenticated).toBe(true);
    await expect(connectClient(suite.server.wsUrl, 'copy:nope', copyOwner.token!)).rejects.toThrow(/forbidden/);
  });
});
