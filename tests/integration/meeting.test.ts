import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Meeting, MeetingMessage } from '../../shared/schemas/meeting.ts';
import type { ApiClient } from '../helpers/api.ts';
import { statelessMessages, waitFor, type CollabClient } from '../helpers/collabClient.ts';
import { paragraphText } from '../helpers/docText.ts';
import { docxText } from '../helpers/docxText.ts';
import { suggestDeletion, suggestInsertion } from '../helpers/suggestions.ts';
import { readZipText } from '../helpers/zipFile.ts';
import { collabSuite } from '../helpers/collabSuite.ts';

interface ApiErrorBody {
  error: { code: string; message: string; path?: (string | number)[] };
}

const suite = collabSuite({ outsider: true });
const connect = suite.connect;
let leader: ApiClient; // 王磊, 备课组长
let drafter: ApiClient; // 张伟, lead drafter of the guides made here
let lifang: ApiClient; // 李芳, member
let liuyang: ApiClient; // 刘洋, member
let outsider: ApiClient;

beforeAll(async () => {
  [leader, drafter, lifang, liuyang, outsider] = await suite.login('wanglei', 'zhangwei', 'lifang', 'liuyang', 'outsider');
});

/** Closes one teacher's connection (their browser tab) and waits until the server has seen it go. */
async function disconnect(client: CollabClient, leftBefore: () => Promise<boolean>): Promise<void> {
  suite.release(client);
  const started = Date.now();
  while (!(await leftBefore())) {
    if (Date.now() - started > 10_000) throw new Error('The server did not see the connection close');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function newGuide(title: string, stage: 'drafting' | 'review' = 'review', draft?: string): Promise<Guide> {
  const created = await leader.post<Guide>('/api/guides', {
    title,
    templateId: 'general',
    groupId: 'group-math8',
    leadDrafterId: 'user-zhangwei',
  });
  expect(created.status).toBe(201);
  if (draft) {
    // The lead drafter writes the first block's text (初稿) and closes the guide again.
    const writer = await connect(drafter, created.body.docName);
    paragraphText(writer.doc, 0).insert(0, draft);
    await writer.acknowledged();
    suite.release(writer);
  }
  if (stage === 'review') {
    const submitted = await drafter.post(`/api/guides/${created.body.id}/transitions`, { action: 'submit' });
    expect(submitted.status).toBe(200);
  }
  return created.body;
}

async function meetings(guide: Guide, api: ApiClient = leader): Promise<Meeting[]> {
  const response = await api.get<Meeting[]>(`/api/guides/${guide.id}/meetings`);
  expect(response.status).toBe(200);
  return response.body;
}

function messagesOf(client: CollabClient): MeetingMessage[] {
  return statelessMessages<MeetingMessage>(client, 'meeting');
}

describe('starting and ending a review meeting', () => {
  it('lets only the group leader start a meeting, only in 集体审稿, and only one at a time', async () => {
    const guide = await newGuide('研讨会议的权限', 'drafting');

    const tooEarly = await leader.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings`);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('wrong_stage');
    expect(tooEarly.body.error.message).toContain('集体审稿');

    await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' });
    for (const member of [drafter, lifang]) {
      const refused = await member.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings`);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'forbidden', message: '只有备课组长可以开始研讨会议' });
    }
    const hidden = await outsider.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings`);
    expect(hidden.status).toBe(404);
    expect((await outsider.get(`/api/guides/${guide.id}/meetings`)).status).toBe(404);
    expect((await outsider.get(`/api/guides/${guide.id}/meeting-record.docx`)).status).toBe(404);

    const started = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ guideId: guide.id, active: true, endedAt: null, host: { id: 'user-wanglei', name: '王磊' } });
    expect(started.body.topic).toBe('研讨会议的权限');

    const second = await leader.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings`);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('meeting_active');
    expect(second.body.error.message).toMatch(/正在进行/);

    const endByMember = await lifang.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings/${started.body.id}/end`);
    expect(endByMember.status).toBe(403);
    expect(endByMember.body.error.message).toBe('只有备课组长可以结束研讨会议');

    const ended = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings/${started.body.id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body.active).toBe(false);
    expect(Date.parse(ended.body.endedAt!)).toBeGreaterThanOrEqual(Date.parse(ended.body.startedAt));

    const endedAgain = await leader.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings/${started.body.id}/end`);
    expect(endedAgain.status).toBe(409);
    expect(endedAgain.body.error.code).toBe('meeting_ended');
    const unknown = await leader.post<ApiErrorBody>(`/api/guides/${guide.id}/meetings/no-such-meeting/end`);
    expect(unknown.status).toBe(404);

    // A group may meet again on the same guide once the first meeting is over.
    const again = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(again.status).toBe(201);
    const listed = await meetings(guide, lifang);
    expect(listed.map((meeting) => [meeting.id, meeting.active])).toEqual([
      [started.body.id, false],
      [again.body.id, true],
    ]);
  });

  it('ends a running meeting when the leader ends the review (结束研讨)', async () => {
    const guide = await newGuide('结束研讨时会议随之结束');
    const started = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(started.status).toBe(201);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    const [meeting] = await meetings(guide);
    expect(meeting).toMatchObject({ id: started.body.id, active: false });
    expect(meeting!.endedAt).not.toBeNull();
  });

  it('refuses two meetings started at the same moment', async () => {
    const guide = await newGuide('同时开始两次会议');
    const answers = await Promise.all([0, 1, 2].map(() => leader.post(`/api/guides/${guide.id}/meetings`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    expect((await meetings(guide)).filter((meeting) => meeting.active)).toHaveLength(1);
  });
});

describe('attendance from live presence', () => {
  it('records who had the guide open during the meeting, and for how long; the others are absent', async () => {
    const guide = await newGuide('研讨会议的出勤');
    // 李芳 has the guide open before the meeting starts; 刘洋 never opens it.
    const early = await connect(lifang, guide.docName);
    const earlyMessages = messagesOf(early);

    const start = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(start.status).toBe(201);
    const meetingId = start.body.id;
    await waitFor(() => earlyMessages.some((message) => message.state === 'started'), 'the meeting-started message');
    expect(earlyMessages[0]).toEqual({ type: 'meeting', guideId: guide.id, state: 'started' });
    expect(start.body.attendees.map((attendee) => attendee.name)).toEqual(['李芳']);
    expect(start.body.attendees[0].firstJoinedAt).toBe(start.body.startedAt);

    // 张伟 joins a while into the meeting, leaves, and comes back: two stretches, one attendee.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const during = await connect(drafter, guide.docName);
    const attendeeOf = async (name: string) => (await meetings(guide)).at(-1)!.attendees.find((attendee) => attendee.name === name);
    await waitFor(() => during.provider.isSynced, 'the second client');
    await disconnect(during, async () => (await attendeeOf('张伟'))?.stretches[0]?.leftAt != null);
    await connect(drafter, guide.docName);

    const running = (await meetings(guide)).at(-1)!;
    expect(running.active).toBe(true);
    const zhangwei = running.attendees.find((attendee) => attendee.name === '张伟')!;
    expect(zhangwei.stretches).toHaveLength(2);
    expect(zhangwei.stretches[1].leftAt).toBeNull();
    expect(Date.parse(zhangwei.firstJoinedAt)).toBeGreaterThanOrEqual(Date.parse(running.startedAt));
    expect(running.absentees.map((person) => person.name)).toEqual(['刘洋']);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const end = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings/${meetingId}/end`);
    expect(end.status).toBe(200);
    await waitFor(() => earlyMessages.some((message) => message.state === 'ended'), 'the meeting-ended message');

    // Arriving after the end is not attending.
    await connect(liuyang, guide.docName);
    const record = (await meetings(guide)).at(-1)!;
    expect(record.attendees.map((attendee) => attendee.name).sort()).toEqual(['张伟', '李芳'].sort());
    expect(record.absentees.map((person) => person.name)).toEqual(['刘洋']);
    const lifangThere = record.attendees.find((attendee) => attendee.name === '李芳')!;
    // Still connected when the meeting ended: her stretch closes with it, covering the whole meeting.
    expect(lifangThere.stretches).toEqual([{ joinedAt: record.startedAt, leftAt: record.endedAt }]);
    const length = Math.round((Date.parse(record.endedAt!) - Date.parse(record.startedAt)) / 1000);
    expect(lifangThere.seconds).toBe(length);
    const zhangweiThere = record.attendees.find((attendee) => attendee.name === '张伟')!;
    expect(zhangweiThere.stretches.every((stretch) => stretch.leftAt !== null)).toBe(true);
    expect(zhangweiThere.seconds).toBeLessThan(length);
    expect(zhangweiThere.seconds).toBeGreaterThanOrEqual(1);
  });
});

describe('the editable fields of the record', () => {
  it('lets only the leader fill them in, and refuses bad input with the field’s path', async () => {
    const guide = await newGuide('记录表的字段');
    const started = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    const path = `/api/guides/${guide.id}/meetings/${started.body.id}`;

    const byMember = await lifang.request<ApiErrorBody>('PATCH', path, { location: '三楼会议室' });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error.message).toBe('只有备课组长可以编辑研讨会议记录');

    const cases: [unknown, (string | number)[]][] = [
      [{ location: 42 }, ['location']],
      [{ division: '分'.repeat(2001) }, ['division']],
      [{ topic: '题'.repeat(201) }, ['topic']],
      [{ recorderId: 'user-outsider' }, ['recorderId']],
      [{ recorderId: 7 }, ['recorderId']],
    ];
    for (const [body, fieldPath] of cases) {
      const refused = await leader.request<ApiErrorBody>('PATCH', path, body);
      expect(refused.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(refused.body.error.path).toEqual(fieldPath);
    }
    const unknownField = await leader.request<ApiErrorBody>('PATCH', path, { place: '三楼' });
    expect(unknownField.status).toBe(400);
    const notJson = await leader.request<ApiErrorBody>('PATCH', path, '{"location":');
    expect(notJson.status).toBe(400);

    const saved = await leader.request<Meeting>('PATCH', path, {
      location: '  三楼数学教研室 ',
      recorderId: 'user-lifang',
      division: '李芳：修改自主学习\n张伟：补充当堂检测',
      absenceNotes: '外出培训',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      location: '三楼数学教研室',
      recorder: { id: 'user-lifang', name: '李芳' },
      topic: '记录表的字段',
      division: '李芳：修改自主学习\n张伟：补充当堂检测',
      absenceNotes: '外出培训',
      outcomeIsDefault: true,
    });
    expect(saved.body.outcome).toContain('形成研讨稿');

    // Fields left out stay; an empty string clears one and the default shows again.
    const edited = await leader.request<Meeting>('PATCH', path, { topic: '一次函数的概念', outcome: '形成研讨稿，下周定稿' });
    expect(edited.body).toMatchObject({ location: '三楼数学教研室', topic: '一次函数的概念', outcome: '形成研讨稿，下周定稿', outcomeIsDefault: false });
    const cleared = await leader.request<Meeting>('PATCH', path, { topic: '', recorderId: null });
    expect(cleared.body).toMatchObject({ topic: '记录表的字段', recorder: null, location: '三楼数学教研室' });

    const missing = await leader.request<ApiErrorBody>('PATCH', `/api/guides/${guide.id}/meetings/nope`, { location: 'x' });
    expect(missing.status).toBe(404);
  });
});

/** base64 of a Yjs relative position, as the editor sends a comment's anchor. */
function anchorAt(text: Y.XmlText, index: number): string {
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString('base64');
}

async function download(api: ApiClient, path: string) {
  const response = await fetch(`${api.server.url}${path}`, { headers: { authorization: `Bearer ${api.token}` } });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The paragraph of the record that mentions `text` (mammoth separates paragraphs by blank lines). */
function lineWith(text: string, record: string): string {
  const line = record.split('\n').find((candidate) => candidate.includes(text));
  if (!line) throw new Error(`The record has no line with “${text}”:\n${record}`);
  return line;
}

describe('the 集体备课活动记录表', () => {
  it('answers 404 with a sentence when the guide has had no meeting', async () => {
    const guide = await newGuide('还没有开会的导学案');
    const response = await leader.get<ApiErrorBody>(`/api/guides/${guide.id}/meeting-record.docx`);
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('no_meeting');
    expect(response.body.error.message).toContain('还没有开过研讨会议');
  });

  it('puts attendance, the host, the fields set and every suggestion and comment of the meeting with its outcome into the Word record', async () => {
    const title = '19.2.2 一次函数（研讨记录）';
    const guide = await newGuide(title, 'review', '理解一次函数的概念，会画一次函数的图象。');

    // 李芳 has the guide open before the meeting and suggests something then: not part of the meeting.
    const lifangClient = await connect(lifang, guide.docName);
    const lifangText = paragraphText(lifangClient.doc, 0);
    suggestInsertion(lifangText, 0, '会前的建议', 'user-lifang');
    await lifangClient.acknowledged();

    const started = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    expect(started.status).toBe(201);
    const meetingId = started.body.id;

    // 刘洋 joins during the meeting; 张伟 (the lead drafter) never does.
    const liuyangClient = await connect(liuyang, guide.docName);
    const accepted = suggestInsertion(lifangText, lifangText.length, '（增加生活中的实例）', 'user-lifang');
    await lifangClient.acknowledged();
    await waitFor(() => paragraphText(liuyangClient.doc, 0).toString().includes('生活中的实例'), 'the suggestion to reach 刘洋');
    const liuyangText = paragraphText(liuyangClient.doc, 0);
    const rejected = suggestInsertion(liuyangText, liuyangText.length, '（删去图象部分）', 'user-liuyang');
    const plain = (liuyangText.toDelta() as { insert: unknown }[]).map((part) => String(part.insert)).join('');
    const open = suggestDeletion(liuyangText, plain.indexOf('会画'), 2, 'user-liuyang');
    await liuyangClient.acknowledged();

    for (const [id, decision] of [
      [accepted, 'accept'],
      [rejected, 'reject'],
    ] as const) {
      const answer = await leader.post(`/api/guides/${guide.id}/suggestions/${id}/${decision}`);
      expect(answer.status, `${decision} ${id}`).toBe(200);
    }

    // Two comment threads: one answered and resolved, one left open.
    const text = paragraphText(lifangClient.doc, 0);
    const goal = plain.indexOf('理解');
    const resolvedThread = await lifang.post<{ id: string }>(`/api/guides/${guide.id}/comments`, {
      anchor: { from: anchorAt(text, goal), to: anchorAt(text, goal + 2) },
      body: '“理解”不可观测，建议改为“说出”',
    });
    expect(resolvedThread.status).toBe(201);
    const reply = await leader.post(`/api/guides/${guide.id}/comments`, { parentId: resolvedThread.body.id, body: '同意，改为“说出一次函数的定义”' });
    expect(reply.status).toBe(201);
    expect((await leader.post(`/api/comments/${resolvedThread.body.id}/resolve`)).status).toBe(200);
    const openThread = await liuyang.post<{ id: string }>(`/api/guides/${guide.id}/comments`, {
      anchor: { from: anchorAt(liuyangText, 0), to: anchorAt(liuyangText, 2) },
      body: '当堂检测的题量偏少',
    });
    expect(openThread.status).toBe(201);

    expect((await leader.post(`/api/guides/${guide.id}/meetings/${meetingId}/end`)).status).toBe(200);
    const patched = await leader.request<Meeting>('PATCH', `/api/guides/${guide.id}/meetings/${meetingId}`, {
      location: '三楼数学教研室',
      recorderId: 'user-lifang',
      division: '李芳修改学习目标；刘洋补充当堂检测',
      absenceNotes: '张伟外出听课',
    });
    expect(patched.status).toBe(200);

    // The JSON record says the same as the Word one.
    const record = patched.body;
    expect(record.attendees.map((attendee) => attendee.name).sort()).toEqual(['刘洋', '李芳'].sort());
    expect(record.absentees.map((person) => person.name)).toEqual(['张伟']);
    const outcomes = Object.fromEntries(record.discussion.map((item) => [item.id, item.outcome]));
    expect(outcomes).toEqual({
      [accepted]: 'accepted',
      [rejected]: 'rejected',
      [open]: 'open',
      [resolvedThread.body.id]: 'resolved',
      [openThread.body.id]: 'unresolved',
    });
    expect(record.discussion.every((item) => item.blockTitle)).toBe(true);
    expect(record.counts).toEqual({ suggestions: 3, accepted: 1, rejected: 1, open: 1, commentThreads: 2, resolved: 1 });

    const file = await download(lifang, `/api/guides/${guide.id}/meeting-record.docx`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    const date = record.startedAt.slice(0, 4);
    expect(decodeURIComponent(file.headers.get('content-disposition')!)).toContain(`集体备课活动记录表-${title}-${date}`);

    const word = await docxText(file.bytes);
    if (process.env.PRINT_MEETING_RECORD) console.log(word);
    expect(word).toContain('集体备课活动记录表');
    expect(word).toMatch(/主持人\s+王磊/);
    expect(word).toMatch(/地点\s+三楼数学教研室/);
    expect(word).toMatch(/记录人\s+李芳/);
    // 王磊 hosts without the guide open, 李芳 and 刘洋 attend, 张伟 is absent.
    expect(word).toMatch(/出席人数\s+应到 4 人，实到 3 人/);
    const attendance = lineWith('（不足1分钟）', word);
    expect(attendance).toMatch(/李芳（不足1分钟）/);
    expect(attendance).toMatch(/刘洋（不足1分钟）/);
    expect(word).toMatch(/参与人员\s+(李芳|刘洋)（/);
    expect(word).toMatch(/缺席及原因\s+张伟；原因：张伟外出听课/);
    expect(word).toMatch(new RegExp(`主题\\s+${title.replace(/[()（）]/g, '.')}`));
    expect(word).toMatch(/分工\s+李芳修改学习目标；刘洋补充当堂检测/);

    expect(lineWith('增加生活中的实例', word)).toContain('李芳');
    expect(lineWith('增加生活中的实例', word)).toContain('结果：已采纳');
    expect(lineWith('删去图象部分', word)).toMatch(/刘洋.*结果：未采纳/);
    expect(lineWith('【建议删除】', word)).toMatch(/刘洋.*“会画”.*结果：待处理/);
    expect(lineWith('“理解”不可观测', word)).toMatch(/【批注】李芳.*针对“理解”.*结果：已解决/);
    expect(lineWith('同意，改为', word)).toContain('回复 王磊');
    expect(lineWith('当堂检测的题量偏少', word)).toMatch(/刘洋.*结果：未解决/);
    expect(word).not.toContain('会前的建议');
    expect(lineWith('形成研讨稿', word)).toContain('已采纳 1 条，未采纳 1 条，待处理 1 条');

    // A paper form: A4, the labels in 黑体 and the entries in 宋体.
    const xml = readZipText(file.bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const runOf = (text: string) => xml.match(new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${text}</w:t></w:r>`))?.[0] ?? '';
    expect(runOf('缺席及原因')).toContain('w:eastAsia="黑体"');
    expect(runOf('三楼数学教研室')).toContain('w:eastAsia="宋体"');
  });

  it('picks an earlier meeting with ?meeting=', async () => {
    const guide = await newGuide('开过两次会的导学案');
    const first = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    await leader.request('PATCH', `/api/guides/${guide.id}/meetings/${first.body.id}`, { location: '第一次的地点' });
    await leader.post(`/api/guides/${guide.id}/meetings/${first.body.id}/end`);
    const second = await leader.post<Meeting>(`/api/guides/${guide.id}/meetings`);
    await leader.request('PATCH', `/api/guides/${guide.id}/meetings/${second.body.id}`, { location: '第二次的地点' });

    const latest = await docxText((await download(leader, `/api/guides/${guide.id}/meeting-record.docx`)).bytes);
    expect(latest).toContain('第二次的地点');
    expect(latest).toContain('会议进行中');
    const earlier = await docxText((await download(leader, `/api/guides/${guide.id}/meeting-record.docx?meeting=${first.body.id}`)).bytes);
    expect(earlier).toContain('第一次的地点');
    expect(earlier).not.toContain('第二次的地点');
    const unknown = await leader.get<ApiErrorBody>(`/api/guides/${guide.id}/meeting-record.docx?meeting=nope`);
    expect(unknown.status).toBe(404);
  });
});
