import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Term } from '../../shared/schemas/admin.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { CopyStatus } from '../../shared/schemas/copyLife.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import type { Meeting } from '../../shared/schemas/meeting.ts';
import type { TermReport } from '../../shared/schemas/termReport.ts';
import type { ApiClient } from '../helpers/api.ts';
import { waitFor } from '../helpers/collabClient.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { paragraphText } from '../helpers/docText.ts';
import { docxText } from '../helpers/docxText.ts';
import { suggestInsertion } from '../helpers/suggestions.ts';

/**
 * The 教务处's term report counts what happened in a scripted term: two guides (the seeded one
 * taken to 定稿 on time, one past its due date without a final), one review meeting, three
 * suggestions (two accepted), one comment thread, one class copy and one 教后反思.
 */
const suite = collabSuite();
let admin: ApiClient;
let leader: ApiClient;
let lifang: ApiClient;
let liuyang: ApiClient;
let term: Term;

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function anchorAt(text: Y.XmlText, index: number): string {
  return Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index))).toString('base64');
}

beforeAll(async () => {
  [admin, leader, lifang, liuyang] = await suite.login('jiaowu', 'wanglei', 'lifang', 'liuyang');
  term = (await admin.post<Term>('/api/admin/terms', { name: '本学期', startDate: dayOffset(-30), endDate: dayOffset(60) })).body;

  // The seeded guide (李芳 主备, due in five days) goes through review with a meeting.
  const seeded = (await leader.guides()).body.find((guide) => guide.title === '19.2.2 一次函数（第1课时）')!;
  expect((await lifang.post(`/api/guides/${seeded.id}/transitions`, { action: 'submit' })).status).toBe(200);
  const lifangEditor = await suite.connect(lifang, seeded.docName);
  const meeting = (await leader.post<Meeting>(`/api/guides/${seeded.id}/meetings`)).body;
  const liuyangEditor = await suite.connect(liuyang, seeded.docName);
  const lifangText = paragraphText(lifangEditor.doc, 0);
  const first = suggestInsertion(lifangText, lifangText.length, '（举生活中的例子）', 'user-lifang');
  const second = suggestInsertion(lifangText, 0, '【复习】', 'user-lifang');
  await lifangEditor.acknowledged();
  await waitFor(() => paragraphText(liuyangEditor.doc, 0).toString().includes('生活中的例子'), 'the suggestions to reach 刘洋');
  const liuyangText = paragraphText(liuyangEditor.doc, 0);
  const third = suggestInsertion(liuyangText, liuyangText.length, '（配图象）', 'user-liuyang');
  await liuyangEditor.acknowledged();
  for (const [id, decision] of [
    [first, 'accept'],
    [second, 'reject'],
    [third, 'accept'],
  ] as const) {
    expect((await leader.post(`/api/guides/${seeded.id}/suggestions/${id}/${decision}`)).status).toBe(200);
  }
  const thread = await liuyang.post(`/api/guides/${seeded.id}/comments`, {
    anchor: { from: anchorAt(paragraphText(liuyangEditor.doc, 0), 0), to: anchorAt(paragraphText(liuyangEditor.doc, 0), 2) },
    body: '这里可以再举一个例子',
  });
  expect(thread.status).toBe(201);
  expect((await leader.post(`/api/guides/${seeded.id}/meetings/${meeting.id}/end`)).status).toBe(200);
  suite.release(lifangEditor);
  suite.release(liuyangEditor);
  expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'endReview' })).status).toBe(200);
  expect((await leader.post(`/api/guides/${seeded.id}/transitions`, { action: 'finalise' })).status).toBe(200);

  // 刘洋 adapts it for 八年级(4)班, teaches it today and writes the 教后反思.
  const copy = (await liuyang.post<Copy>(`/api/guides/${seeded.id}/copies`, { classId: 'class-8-4' })).body;
  const taught = await liuyang.post<CopyStatus>(`/api/copies/${copy.id}/taught`, { date: dayOffset(0) });
  expect(taught.status).toBe(200);
  const copyEditor = await suite.connect(liuyang, copy.docName);
  const index = copyEditor.json().content!.findIndex((node) => node.attrs?.id === taught.body.reflectionBlockId);
  const prompt = paragraphText(copyEditor.doc, index);
  prompt.insert(prompt.length, '学生能自己写出解析式。');
  await copyEditor.acknowledged();

  // A second lesson, 张伟's, was due yesterday and has no final.
  const late = await leader.post<Guide>('/api/guides', {
    title: '19.2.3 一次函数与方程',
    templateId: 'general',
    groupId: 'group-math8',
    leadDrafterId: 'user-zhangwei',
    dueDate: dayOffset(-1),
  });
  expect(late.status).toBe(201);
});

describe('the term report', () => {
  it('counts each teacher’s guides, meetings, suggestions, comments, class copies and reflections, and each group’s', async () => {
    const response = await admin.get<TermReport>(`/api/admin/terms/${term.id}/report`);
    expect(response.status).toBe(200);
    const row = (name: string) => response.body.teachers.find((teacher) => teacher.teacher.name === name)!;
    expect(response.body.teachers.map((teacher) => teacher.teacher.name).sort()).toEqual(['刘洋', '张伟', '李芳', '王磊'].sort());
    expect(row('李芳')).toMatchObject({
      subject: '数学',
      quota: 10,
      guidesLed: 1,
      finalsOnTime: 1,
      finalsLate: 0,
      overdue: 0,
      meetingsAttended: 1,
      suggestionsMade: 2,
      suggestionsAccepted: 1,
      commentThreads: 0,
      classCopies: 0,
      reflections: 0,
    });
    expect(row('刘洋')).toMatchObject({
      guidesLed: 0,
      meetingsAttended: 1,
      suggestionsMade: 1,
      suggestionsAccepted: 1,
      commentThreads: 1,
      classCopies: 1,
      reflections: 1,
    });
    expect(row('张伟')).toMatchObject({ guidesLed: 1, overdue: 1, meetingsAttended: 0, suggestionsMade: 0 });
    expect(row('王磊')).toMatchObject({ guidesLed: 0, meetingsAttended: 0 });
    expect(response.body.reflectionTarget).toBe(30);
    expect(response.body.groups).toEqual([
      { group: { id: 'group-math8', name: '八年级数学备课组' }, guides: 2, meetingsHeld: 1, finalsOnTime: 1, finalsLate: 0, overdueLessons: 1 },
    ]);
  });

  it('downloads the same report as an .xlsx', async () => {
    const response = await fetch(`${suite.server.url}/api/admin/terms/${term.id}/report?format=xlsx`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('教师')!;
    const rows: string[][] = [];
    sheet.eachRow((sheetRow) => rows.push((sheetRow.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
    expect(rows[1].slice(0, 3)).toEqual(['教师', '学科', '主备导学案']);
    expect(rows.find((sheetRow) => sheetRow[0] === '刘洋')).toEqual(['刘洋', '数学', '0', '10', '0', '0', '0', '1', expect.any(String), '1', '1', '1', '1', '1']);
    expect(workbook.getWorksheet('备课组')!.getRow(2).getCell(1).text).toBe('八年级数学备课组');
  });

  it('archives the term in one zip: each final as 教师版 .docx, each meeting record and the report', async () => {
    const response = await fetch(`${suite.server.url}/api/admin/terms/${term.id}/archive.zip`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(3);
    const final = names.find((name) => name.startsWith('定稿/'))!;
    expect(final).toMatch(/^定稿\/19\.2\.2 一次函数（第1课时）（定稿 v\d+·教师版）\.docx$/);
    expect(await docxText(files[final])).toContain('一次函数');
    const record = names.find((name) => name.startsWith('研讨记录/'))!;
    expect(record).toMatch(/^研讨记录\/集体备课活动记录表-19\.2\.2 一次函数（第1课时）-\d{4}-\d{2}-\d{2}\.docx$/);
    const recordText = await docxText(files[record]);
    expect(recordText).toContain('集体备课活动记录表');
    expect(recordText).toContain('刘洋');
    expect(names).toContain('本学期 学期报告.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files['本学期 学期报告.xlsx'].slice().buffer);
    expect(workbook.getWorksheet('教师')).toBeTruthy();
    expect((await leader.get(`/api/admin/terms/${term.id}/archive.zip`)).status).toBe(403);
  });

  it('is for the 教务处 only, and says when the term does not exist', async () => {
    expect((await leader.get(`/api/admin/terms/${term.id}/report`)).status).toBe(403);
    expect((await lifang.get(`/api/admin/terms/${term.id}/report?format=xlsx`)).status).toBe(403);
    expect((await admin.get('/api/admin/terms/no-such-term/report')).status).toBe(404);
    expect((await admin.get(`/api/admin/terms/${term.id}/report?format=pdf`)).body).toMatchObject({ error: { path: ['format'] } });
  });

  it('lists a final made over an error of the 体检 with the leader’s reason, on the page and in the .xlsx', async () => {
    expect((await admin.get<TermReport>(`/api/admin/terms/${term.id}/report`)).body.checkOverrides).toEqual([]);
    // A lesson with no 学习目标 at all: the 体检 has an error, and 定稿 needs a reason.
    const bare = (
      await leader.post<Guide>('/api/guides', { title: '19.3 课题学习', templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-wanglei', dueDate: dayOffset(1) })
    ).body;
    const editor = await suite.connect(leader, bare.docName);
    const objectives = editor.json().content!.findIndex((node) => node.type === 'objectives');
    if (objectives >= 0) {
      editor.doc.getXmlFragment('default').delete(objectives, 1);
      await editor.acknowledged();
    }
    suite.release(editor);
    expect((await leader.post(`/api/guides/${bare.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${bare.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    const refused = await leader.post(`/api/guides/${bare.id}/transitions`, { action: 'finalise' });
    expect(refused.status).toBe(409);
    const reason = '课题学习课不设统一的学习目标，由各小组自定';
    expect((await leader.post(`/api/guides/${bare.id}/transitions`, { action: 'finalise', override: { reason } })).status).toBe(200);

    const report = (await admin.get<TermReport>(`/api/admin/terms/${term.id}/report`)).body;
    expect(report.checkOverrides).toEqual([
      { guide: { id: bare.id, title: '19.3 课题学习' }, group: { id: 'group-math8', name: '八年级数学备课组' }, versionLabel: expect.stringMatching(/^定稿 v1$/), reason, at: expect.any(String) },
    ]);
    const response = await fetch(`${suite.server.url}/api/admin/terms/${term.id}/report?format=xlsx`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const row = workbook.getWorksheet('越过体检定稿')!.getRow(2);
    expect([row.getCell(2).text, row.getCell(4).text]).toEqual(['19.3 课题学习', reason]);
  });
});
