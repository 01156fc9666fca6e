import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/schemas/check.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { Guide, GuideSummary } from '../../shared/schemas/guide.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { replaceContent } from '../helpers/replaceContent.ts';
import { englishGuide, mathGuide } from '../fixtures/check/guides.ts';

/**
 * The 导学案体检 through the API: the findings of a live guide and of a class copy, for the
 * people who may read them, and the 定稿 gate that an error finding closes unless the leader
 * gives a reason, which stays with the version.
 */
const suite = collabSuite({ outsider: true });

async function newGuide(leader: ApiClient, title: string, templateId = 'math-new'): Promise<Guide> {
  const response = await leader.post<Guide>('/api/guides', { title, templateId, groupId: 'group-math8', leadDrafterId: 'user-lifang' });
  expect(response.status).toBe(201);
  return response.body;
}

/** The lead drafter writes this content into the guide, as the editor would. */
async function write(api: ApiClient, docName: string, content: JSONContent): Promise<void> {
  const client = await suite.connect(api, docName);
  replaceContent(client.doc, content);
  await client.acknowledged();
  suite.release(client);
}

function rules(result: CheckResult): string[] {
  return result.findings.map((finding) => `${finding.severity} ${finding.rule}`);
}

describe('GET /api/guides/:id/check', () => {
  it('answers the findings of the live guide to the group, and 404 to anyone else', async () => {
    const [leader, drafter, member, outsider] = await suite.login('wanglei', 'lifang', 'zhangwei', 'outsider');
    const guide = await newGuide(leader, 'Unit 6 复习（体检）');
    await write(drafter, guide.docName, englishGuide().content);

    const answer = await member.get<CheckResult>(`/api/guides/${guide.id}/check`);
    expect(answer.status).toBe(200);
    // The guide is assigned as 八年级 新授课 (the group's grade, the template's 课型).
    expect(rules(answer.body)).toEqual([
      'warning objectives.verbs',
      'warning objectives.unchecked',
      'warning balance.exercises',
      'warning blocks.required',
      'warning answers.missing',
    ]);
    const verbs = answer.body.findings[0];
    expect(verbs.blockId).toBe(englishGuide().content.content?.[0].attrs?.id);
    expect(verbs.message).toContain('掌握');

    expect((await outsider.get(`/api/guides/${guide.id}/check`)).status).toBe(404);
    expect((await member.get('/api/guides/no-such-guide/check')).status).toBe(404);
  });

  it('follows the live document: raising a block’s minutes past the lesson adds 时间超出', async () => {
    const [leader, drafter] = await suite.login('wanglei', 'lifang');
    const guide = await newGuide(leader, '一次函数（体检·时间）');
    const content = mathGuide().content;
    await write(drafter, guide.docName, content);
    expect(rules((await drafter.get<CheckResult>(`/api/guides/${guide.id}/check`)).body)).toEqual(['warning answers.missing']);

    const longer = structuredClone(content);
    const mutual = longer.content!.find((block) => block.type === 'mutualLearning')!;
    mutual.attrs = { ...mutual.attrs, minutes: 20 };
    await write(drafter, guide.docName, longer);
    const findings = (await drafter.get<CheckResult>(`/api/guides/${guide.id}/check`)).body.findings;
    expect(findings.find((finding) => finding.rule === 'time.overrun')).toEqual({
      rule: 'time.overrun',
      severity: 'warning',
      blockId: mutual.attrs.id,
      message: '各环节时间合计 55 分钟，超出一节课的 45 分钟（多 10 分钟）。压缩环节时间，如「合作探究」现为 20 分钟。',
      // What the message is made of, for a screen in English to word it.
      params: { total: 55, lesson: 45, over: 10, block: '合作探究', minutes: 20 },
    });
  });

  it('shows the leader, and only the leader, another guide of the group that is nearly the same', async () => {
    const [leader, drafter, member] = await suite.login('wanglei', 'lifang', 'zhangwei');
    const first = await newGuide(leader, '一次函数（一）');
    const second = await newGuide(leader, '一次函数（二）');
    await write(drafter, first.docName, mathGuide().content);
    await write(drafter, second.docName, mathGuide().content);

    const asLeader = (await leader.get<CheckResult>(`/api/guides/${second.id}/check`)).body.findings;
    const similar = asLeader.filter((finding) => finding.rule === 'guides.similar');
    expect(similar.map((finding) => finding.message)).toContainEqual(expect.stringContaining('一次函数（一）（李芳）'));
    const asMember = (await member.get<CheckResult>(`/api/guides/${second.id}/check`)).body.findings;
    expect(asMember.some((finding) => finding.rule === 'guides.similar')).toBe(false);
  });
});

describe('GET /api/copies/:id/check', () => {
  it('checks a class copy live, and says so when a taught copy is still the final word for word', async () => {
    const [leader, drafter, teacher, outsider] = await suite.login('wanglei', 'lifang', 'liuyang', 'outsider');
    const seeded = (await leader.guides()).body.find((candidate: GuideSummary) => candidate.title === '19.2.2 一次函数（第1课时）')!;
    expect((await drafter.post(`/api/guides/${seeded.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    const copy = (await teacher.post<Copy>(`/api/guides/${seeded.id}/copies`, { classId: 'class-8-4' })).body;

    // The seeded guide is a complete one: nothing to say about the fresh copy.
    expect((await teacher.get<CheckResult>(`/api/copies/${copy.id}/check`)).body).toEqual({ findings: [] });
    expect((await leader.get<CheckResult>(`/api/copies/${copy.id}/check`)).status).toBe(200);
    expect((await outsider.get(`/api/copies/${copy.id}/check`)).status).toBe(404);

    // Marked 已上课 without any change for the class: no 二次备课.
    expect((await teacher.post(`/api/copies/${copy.id}/taught`, { date: '2026-12-01' })).status).toBe(200);
    expect(rules((await teacher.get<CheckResult>(`/api/copies/${copy.id}/check`)).body)).toEqual(['warning copies.identical']);

    // The teacher adds a 5-minute warm-up for the class: the copy is adapted, and now runs over.
    const client = await suite.connect(teacher, copy.docName);
    const content = (await teacher.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    const warmUp: JSONContent = {
      type: 'section',
      attrs: { id: 'warm-up-8-4', title: '课前热身', minutes: 5 },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '口答：正比例函数 y = kx 中 k 的意义。' }] }],
    };
    replaceContent(client.doc, { ...content, content: [warmUp, ...(content.content ?? [])] });
    await client.acknowledged();
    const after = (await teacher.get<CheckResult>(`/api/copies/${copy.id}/check`)).body;
    expect(rules(after)).toEqual(['warning time.overrun']);
  });
});

describe('class copies that are nearly the same', () => {
  /** A teacher's own additions for the class, as the 二次备课 editor would write them. */
  async function adapt(api: ApiClient, copy: Copy, id: string, text: string): Promise<void> {
    const content = (await api.get<JSONContent>(`/api/copies/${copy.id}/content`)).body;
    const added: JSONContent = { type: 'section', attrs: { id, title: '课前热身', minutes: 0 }, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
    await write(api, copy.docName, { ...content, content: [added, ...(content.content ?? [])] });
  }

  it('shows the leader two teachers’ copies with the same additions, and not copies that only kept the final', async () => {
    const [leader, drafter, liuyang, zhangwei] = await suite.login('wanglei', 'lifang', 'liuyang', 'zhangwei');
    const guide = await newGuide(leader, '一次函数（复备对比）');
    await write(drafter, guide.docName, mathGuide().content);
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    const finalised = await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise', override: { reason: '对比复备' } });
    expect(finalised.status).toBe(200);
    const copyOf = async (api: ApiClient, classId: string) => (await api.post<Copy>(`/api/guides/${guide.id}/copies`, { classId })).body;
    const [four, three, two] = [await copyOf(liuyang, 'class-8-4'), await copyOf(zhangwei, 'class-8-3'), await copyOf(drafter, 'class-8-2')];
    const similarIn = async (api: ApiClient, copy: Copy) =>
      (await api.get<CheckResult>(`/api/copies/${copy.id}/check`)).body.findings.filter((finding) => finding.rule === 'guides.similar');

    // Copies that kept the final word for word are not alike for what the final wrote into them.
    expect(await similarIn(leader, four)).toEqual([]);

    const warmUp =
      '口答复习：什么叫正比例函数？正比例函数 y = kx（k ≠ 0）的图象是经过原点的一条直线，k 决定了直线的倾斜方向。' +
      '请同桌两人互相说一说：当 k > 0 时，y 随 x 的增大怎样变化？当 k < 0 时又怎样？再各举一个生活中的正比例关系，' +
      '如购买单价一定的练习本，总价与数量成正比例；匀速行驶的汽车，路程与时间成正比例。最后由小组长检查每位组员的口答情况，' +
      '把说得不完整的地方记录在学案的空白处，课后再补充完整，并在下节课前交给科代表统一检查和登记。';
    await adapt(liuyang, four, 'warm-up-four', warmUp);
    await adapt(zhangwei, three, 'warm-up-three', warmUp);
    await adapt(drafter, two, 'warm-up-two', '用一分钟默写一次函数的一般形式 y = kx + b（k ≠ 0），同桌互查，写错的同学课后订正三遍。');

    const forLeader = await similarIn(leader, four);
    expect(forLeader.map((finding) => finding.message)).toEqual([expect.stringContaining('八年级(3)班（张伟）')]);
    expect(forLeader[0].params).toMatchObject({ other: '八年级(3)班（张伟）' });
    expect(await similarIn(liuyang, four)).toEqual([]);
    expect(await similarIn(leader, two)).toEqual([]);
  });
});

describe('the 定稿 gate', () => {
  it('refuses a final with an 错误 unless the leader gives a reason, which is kept with the version', async () => {
    const [leader, drafter] = await suite.login('wanglei', 'lifang');
    const guide = await newGuide(leader, '一次函数（无目标）', 'general');
    // 提交审稿 never blocks, even with the objectives still empty.
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const meeting = await leader.post<{ id: string }>(`/api/guides/${guide.id}/meetings`);
    expect(meeting.status).toBe(201);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);

    const refused = await leader.post<{ error: { code: string; message: string; findings: CheckResult['findings'] } }>(
      `/api/guides/${guide.id}/transitions`,
      { action: 'finalise' },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('check_failed');
    expect(refused.body.error.message).toContain('学习目标还是空的');
    expect(refused.body.error.findings).toContainEqual(expect.objectContaining({ rule: 'objectives.missing', severity: 'error' }));
    expect((await leader.guide(guide.id)).body.stage).toBe('revising');

    // An empty reason is no reason.
    const blank = await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise', override: { reason: ' ' } });
    expect(blank.status).toBe(400);

    const reason = '本课为单元起始课，学习目标沿用单元整体目标，见单元导学案';
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, { action: 'finalise', override: { reason } });
    expect(finalised.status).toBe(200);
    expect(finalised.body.stage).toBe('final');
    const final = finalised.body.versions.at(-1)!;
    expect(final).toMatchObject({ label: '定稿 v1', kind: 'final', checkOverride: reason });
    expect(finalised.body.versions.slice(0, -1).map((version) => version.checkOverride)).toEqual([null, null]);
    expect((await leader.guide(guide.id)).body.versions.at(-1)?.checkOverride).toBe(reason);
    // The meeting's record says so under 成果 (in the app and the Word form alike).
    const records = await leader.get<{ outcome: string }[]>(`/api/guides/${guide.id}/meetings`);
    expect(records.body[0].outcome).toContain(`定稿 v1越过体检定稿，理由：${reason}`);
  });

  it('finalises without a reason when only warnings stand, and keeps no reason', async () => {
    const [leader, drafter] = await suite.login('wanglei', 'lifang');
    const guide = await newGuide(leader, '一次函数（有警告）');
    await write(drafter, guide.docName, englishGuide().content);
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    const finalised = await leader.post<Guide>(`/api/guides/${guide.id}/transitions`, {
      action: 'finalise',
      override: { reason: '没有错误时不记录理由' },
    });
    expect(finalised.status).toBe(200);
    expect(finalised.body.versions.at(-1)?.checkOverride).toBeNull();
  });
});

describe('the school’s 体检 settings', () => {
  it('lets a leader make the school’s rules stricter: the API and the 定稿 gate follow them', async () => {
    const [leader, drafter, member] = await suite.login('wanglei', 'lifang', 'zhangwei');
    const defaults = await member.get<{ lessonLengths: unknown[]; rules: Record<string, unknown> }>('/api/groups/group-math8/check-settings');
    expect(defaults.status).toBe(200);
    expect(defaults.body.lessonLengths).toEqual([
      { fromGrade: 1, toGrade: 6, minutes: 40 },
      { fromGrade: 7, toGrade: 12, minutes: 45 },
    ]);

    const stricter = {
      lessonLengths: [{ fromGrade: 1, toGrade: 12, minutes: 40 }],
      rules: { 'answers.missing': { severity: 'error' } },
    };
    const refused = await member.request('PUT', '/api/groups/group-math8/check-settings', stricter);
    expect(refused.status).toBe(403);
    const invalid = await leader.request('PUT', '/api/groups/group-math8/check-settings', { rules: { 'no.such.rule': { enabled: false } } });
    expect(invalid.status).toBe(400);
    const saved = await leader.request<{ lessonLengths: unknown[]; tiering: { required: boolean } }>('PUT', '/api/groups/group-math8/check-settings', stricter);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ lessonLengths: stricter.lessonLengths, tiering: { required: true } });

    const guide = await newGuide(leader, '一次函数（本校规则）');
    await write(drafter, guide.docName, mathGuide().content);
    // 40-minute lessons: the guide's 45 minutes run over; answers are now required for 定稿.
    expect(rules((await drafter.get<CheckResult>(`/api/guides/${guide.id}/check`)).body)).toEqual([
      'error answers.missing',
      'warning time.overrun',
    ]);
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    const gate = await leader.post<{ error: { code: string } }>(`/api/guides/${guide.id}/transitions`, { action: 'finalise' });
    expect(gate.status).toBe(409);
    expect(gate.body.error.code).toBe('check_failed');

    // Back to the defaults: the same guide has only the warning about its answers.
    expect((await leader.request('PUT', '/api/groups/group-math8/check-settings', {})).status).toBe(200);
    expect(rules((await drafter.get<CheckResult>(`/api/guides/${guide.id}/check`)).body)).toEqual(['warning answers.missing']);
  });

  it('lets the 教务处 read and set them through any group of the school, and nobody outside it', async () => {
    const [admin, member] = await suite.login('jiaowu', 'zhangwei');
    const read = await admin.get<{ lessonLengths: unknown[] }>('/api/groups/group-math8/check-settings');
    expect(read.status).toBe(200);
    const shorter = { lessonLengths: [{ fromGrade: 1, toGrade: 12, minutes: 40 }] };
    const saved = await admin.request<{ lessonLengths: unknown[] }>('PUT', '/api/groups/group-math8/check-settings', shorter);
    expect(saved.status).toBe(200);
    expect((await member.get<{ lessonLengths: unknown[] }>('/api/groups/group-math8/check-settings')).body.lessonLengths).toEqual(shorter.lessonLengths);
    // The 教务处 is still not a member: the group's plan stays closed to it.
    expect((await admin.get('/api/groups/group-math8/plan')).status).toBe(403);
    expect((await admin.request('PUT', '/api/groups/group-math8/check-settings', {})).status).toBe(200);
  });
});
