import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { actions, decideTransition, type Action } from '../../shared/workflow/transitions.ts';
import type { GuideRole } from '../../shared/workflow/roles.ts';
import type { Stage } from '../../shared/workflow/stages.ts';
import { ApiClient, loginAs } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { addOutsideTeacher } from '../helpers/outsider.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

let server: TestServer;
let leader: ApiClient; // 王磊
let drafter: ApiClient; // 张伟, lead drafter of the guides made here
let member: ApiClient; // 刘洋
let outsider: ApiClient; // 赵敏, another school

beforeAll(async () => {
  server = await startTestServer();
  await addOutsideTeacher(server);
  [leader, drafter, member, outsider] = await Promise.all([
    loginAs(server, 'wanglei'),
    loginAs(server, 'zhangwei'),
    loginAs(server, 'liuyang'),
    loginAs(server, 'outsider'),
  ]);
});

afterAll(async () => {
  await server.stop();
});

/** The leader writes a learning objective in 修改完善: the 体检 refuses 定稿 without one (see check.test.ts). */
async function writeObjective(guide: Guide): Promise<void> {
  const writer = await connectClient(server.wsUrl, guide.docName, leader.token!);
  paragraphText(writer.doc, 0).insert(0, '能说出一次函数与方程、不等式的关系。');
  await writer.acknowledged();
  writer.destroy();
}

async function assignLesson(title: string): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', {
    title,
    templateId: 'math-new',
    groupId: 'group-math8',
    leadDrafterId: 'user-zhangwei',
    dueDate: '2026-12-10',
  });
  expect(response.status).toBe(201);
  return response.body;
}

const people: [string, () => ApiClient, GuideRole[]][] = [
  ['the leader', () => leader, ['leader', 'member']],
  ['the lead drafter', () => drafter, ['leadDrafter', 'member']],
  ['a member', () => member, ['member']],
];

/** Every action by every person who may not take it now is refused with the table's status and code. */
async function expectOnlyAllowedTransitions(guideId: string, stage: Stage, allowed: [Action, string] | null) {
  for (const [who, client, roles] of people) {
    for (const action of actions) {
      if (allowed && allowed[0] === action && allowed[1] === who) continue;
      const decision = decideTransition(action, stage, roles);
      expect(decision.ok, `${who} may not ${action} in ${stage}`).toBe(false);
      const response = await client().post(`/api/guides/${guideId}/transitions`, { action });
      if (decision.ok) continue;
      expect({ who, action, status: response.status, body: response.body }).toMatchObject({
        status: decision.status,
        body: { error: { code: decision.code } },
      });
    }
  }
  const outsiderResponse = await outsider.post(`/api/guides/${guideId}/transitions`, { action: 'submit' });
  expect(outsiderResponse.status).toBe(404);
  const current = await leader.guide(guideId);
  expect(current.body.stage).toBe(stage);
}

describe('the workflow through the API', () => {
  it('lets only the group leader assign lessons', async () => {
    const response = await member.post('/api/guides', {
      title: '19.3 课题学习',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-liuyang',
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'wrong_role' } });
  });

  it('runs a guide from draft to 定稿 v2, saving each version and refusing every wrong move', async () => {
    const guide = await assignLesson('19.2.3 一次函数与方程、不等式');
    expect(guide).toMatchObject({ stage: 'drafting', versions: [], reviewer: null });

    await expectOnlyAllowedTransitions(guide.id, 'drafting', ['submit', 'the lead drafter']);
    const submitted = await drafter.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.stage).toBe('review');
    expect(submitted.body.versions.map((version) => version.label)).toEqual(['初稿']);
    expect(submitted.body.versions[0].author.name).toBe('张伟');

    await expectOnlyAllowedTransitions(guide.id, 'review', ['endReview', 'the leader']);
    const ended = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
    expect(ended.body.stage).toBe('revising');
    expect(ended.body.versions.map((version) => version.label)).toEqual(['初稿', '研讨稿']);

    await expectOnlyAllowedTransitions(guide.id, 'revising', ['finalise', 'the leader']);
    await writeObjective(guide);
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    expect(finalised.body).toMatchObject({ stage: 'final', reviewer: { name: '王磊' } });
    expect(finalised.body.reviewedAt).not.toBeNull();
    expect(finalised.body.versions.map((version) => version.label)).toEqual(['初稿', '研讨稿', '定稿 v1']);
    expect(finalised.body.latestVersion).toEqual({ number: 3, label: '定稿 v1', kind: 'final' });

    await expectOnlyAllowedTransitions(guide.id, 'final', ['reopen', 'the leader']);
    const reopened = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'reopen' });
    expect(reopened.body.stage).toBe('revising');
    const again = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    expect(again.body.versions.map((version) => version.label)).toEqual(['初稿', '研讨稿', '定稿 v1', '定稿 v2']);

    const version = await member.get<{ type: string; content: unknown[] }>(`/api/guides/${guide.id}/content?version=3`);
    expect(version.status).toBe(200);
    expect(version.body.type).toBe('doc');
    expect((await member.get(`/api/guides/${guide.id}/content?version=9`)).status).toBe(404);
  });

  it('tells each user their roles, access and open actions', async () => {
    const guide = await assignLesson('19.2.4 一次函数的应用');
    const asDrafter = await drafter.guide(guide.id);
    expect(asDrafter.body).toMatchObject({ myRoles: ['leadDrafter', 'member'], access: 'edit', actions: ['submit'] });
    const asLeader = await leader.guide(guide.id);
    expect(asLeader.body).toMatchObject({ myRoles: ['leader', 'member'], access: 'comment', actions: [] });
    expect((await outsider.guide(guide.id)).status).toBe(404);
  });

  it('shows the term plan to the group and not to anyone else', async () => {
    const plan = await member.get<{ title: string; leadDrafter: { name: string } }[]>('/api/groups/group-math8/plan');
    expect(plan.status).toBe(200);
    expect(plan.body.map((lesson) => lesson.title)).toContain('19.2.2 一次函数（第1课时）');
    expect((await outsider.get('/api/groups/group-math8/plan')).status).toBe(403);
  });
});

describe('class copies (二次备课)', () => {
  let guide: Guide;

  beforeAll(async () => {
    guide = await assignLesson('19.1 函数的图象');
  });

  it('are refused before the guide has a final', async () => {
    const response = await member.post(`/api/guides/${guide.id}/copies`, { classId: 'class-8-4' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'no_final' } });
  });

  it('are made from the final for the teacher’s own class, with the final’s content and base version', async () => {
    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' });
    await writeObjective(guide);
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    const finalNumber = finalised.body.latestVersion!.number;

    const created = await member.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-4' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      guideId: guide.id,
      classId: 'class-8-4',
      className: '八年级(4)班',
      owner: { name: '刘洋' },
      baseVersion: finalNumber,
      baseVersionLabel: '定稿 v1',
      docName: `copy:${created.body.id}`,
      access: 'edit',
    });
    const copyContent = await member.get(`/api/copies/${created.body.id}/content`);
    const finalContent = await member.get(`/api/guides/${guide.id}/content?version=${finalNumber}`);
    expect(copyContent.body).toEqual(finalContent.body);

    const listed = await leader.guide(guide.id);
    expect(listed.body.copies.map((copy) => copy.className)).toEqual(['八年级(4)班']);
    const asLeader = await leader.get<Copy>(`/api/copies/${created.body.id}`);
    expect(asLeader.body.access).toBe('read');
    expect((await outsider.get(`/api/copies/${created.body.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/copies/${created.body.id}/content`)).status).toBe(404);

    const duplicate = await member.post(`/api/guides/${guide.id}/copies`, { classId: 'class-8-4' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ error: { code: 'copy_exists' } });
  });

  it('are refused for a class the teacher does not teach', async () => {
    const response = await member.post(`/api/guides/${guide.id}/copies`, { classId: 'class-8-1' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'not_your_class' } });
    const otherSchool = await outsider.post(`/api/guides/${guide.id}/copies`, { classId: 'class-other-1' });
    expect(otherSchool.status).toBe(404);
  });
});

describe('accounts and sessions', () => {
  it('refuses logins after five failures with a clear message, even with the right password', async () => {
    const anonymous = new ApiClient(server);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await anonymous.post('/api/auth/login', { username: 'liuyang', password: 'wrong' });
      expect(response.status).toBe(401);
    }
    const blocked = await anonymous.post('/api/auth/login', { username: 'liuyang', password: 'demo1234' });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(JSON.stringify(blocked.body)).toContain('分钟后再试');
    const otherAccount = await anonymous.post('/api/auth/login', { username: 'zhangwei', password: 'demo1234' });
    expect(otherAccount.status).toBe(200);
  });

  it('ends a session on logout', async () => {
    const client = await loginAs(server, 'zhangwei');
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
  });
});
