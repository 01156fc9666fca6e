import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edition, type EditionKind } from '../../shared/edition/edition.ts';
import type { ImportPreview } from '../../shared/schemas/docxImport.ts';
import type { Copy } from '../../shared/schemas/copy.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { connectClient } from '../helpers/collabClient.ts';
import { databaseCounts } from '../helpers/databaseCounts.ts';
import { docxText } from '../helpers/docxText.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { download, uploadDocx } from '../helpers/docxUpload.ts';
import { para, question, teacherNote } from '../helpers/guideBuilders.ts';
import { addOutsideTeacher } from '../helpers/outsider.ts';
import { replaceContent } from '../helpers/replaceContent.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { readZipText } from '../helpers/zipFile.ts';

const fixtures = fixturePath('guides');

let server: TestServer;
let leader: ApiClient;
let drafter: ApiClient;
let guide: Guide;
/** The seeded guide with a generic section and a margin note added: every block kind and node the editions treat. */
let original: JSONContent;

function allNodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function textOf(node: JSONContent): string {
  return allNodes(node)
    .map((child) => child.text ?? '')
    .join('');
}

/** What a round trip must keep of each block: kind, title, minutes, its questions' tiers and its text. */
function summary(doc: JSONContent) {
  return (doc.content ?? []).map((block) => ({
    kind: block.type,
    title: block.attrs?.title,
    minutes: block.attrs?.minutes,
    tiers: (block.content ?? []).filter((node) => node.type === 'question').map((node) => node.attrs?.tier ?? null),
    text: textOf(block).replace(/\s+/g, ''),
  }));
}

function answersOf(doc: JSONContent): string[] {
  return allNodes(doc)
    .filter((node) => node.type === 'answer')
    .map(textOf);
}

async function exportDocx(edition: EditionKind, extra = '') {
  const response = await download(server, leader.token, `/api/guides/${guide.id}/export.docx?edition=${edition}${extra}`);
  expect(response.status).toBe(200);
  return response;
}

beforeAll(async () => {
  server = await startTestServer();
  await addOutsideTeacher(server);
  leader = await loginAs(server, 'wanglei');
  drafter = await loginAs(server, 'lifang');
  guide = (await leader.guide((await leader.guides()).body[0].id)).body;

  // 李芳, the lead drafter, adds a generic section and a margin note, through the editor's path.
  const seeded = (await drafter.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
  const blocks = [...(seeded.content ?? [])];
  const selfStudy = blocks.findIndex((block) => block.type === 'selfStudy');
  blocks[selfStudy] = {
    ...blocks[selfStudy],
    content: [...(blocks[selfStudy].content ?? []), teacherNote('note-rt', '（2）班基础弱，第3题多举一例，复备留痕')],
  };
  blocks.push({
    type: 'section',
    attrs: { id: 'section-rt', title: '数学文化', minutes: 3, audience: 'all', hint: null },
    content: [para('阅读：笛卡尔与坐标系的故事。'), question('q-star', '查一查：谁最早用字母表示函数？', { tier: '★', answer: '莱布尼茨与欧拉等数学家' })],
  });
  const client = await connectClient(server.wsUrl, guide.docName, drafter.token!);
  replaceContent(client.doc, { type: 'doc', content: blocks });
  await client.acknowledged();
  client.destroy();
  original = (await drafter.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
});

afterAll(async () => {
  await server.stop();
});

describe('Word export and import of a guide', () => {
  it('holds every block kind before the round trip starts', () => {
    expect(new Set(original.content?.map((block) => block.type))).toEqual(
      new Set(['objectives', 'keyPoints', 'method', 'priorKnowledge', 'selfStudy', 'mutualLearning', 'presentation', 'teacherInput', 'check', 'extension', 'summary', 'reflection', 'section']),
    );
  });

  it('names the download after the guide’s title, as UTF-8', async () => {
    const response = await exportDocx('student');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(`${guide.title}（学生版）.docx`);
  });

  it('keeps every block kind, title, minutes, question tier and the text through 教师版 export and import', async () => {
    const exported = await exportDocx('teacher');
    const created = await uploadDocx<Guide>(server, leader.token, '/api/import/docx', exported.bytes, { groupId: guide.groupId });
    expect(created.status).toBe(201);
    // The importer's account drafts it; the header keeps the 主备 the exported file prints (李芳).
    expect(created.body).toMatchObject({ title: guide.title, stage: 'drafting', leadDrafter: { id: 'user-wanglei', name: '李芳' }, lessonType: '新授课', templateId: 'math-new' });
    expect(created.body.header.leadDrafter).toBe('李芳');
    const imported = (await leader.get<JSONContent>(`/api/guides/${created.body.id}/content`)).body;
    expect(summary(imported)).toEqual(summary(original));
    expect(imported.content?.find((block) => block.type === 'teacherInput')?.attrs?.audience).toBe('teacher');
    expect(answersOf(imported)).toEqual(answersOf(original));
    expect(allNodes(imported).filter((node) => node.type === 'teacherNote').map(textOf)).toEqual(['（2）班基础弱，第3题多举一例，复备留痕']);
  });

  it('keeps every block for everyone through 学生版 export and import, without answers or notes', async () => {
    const exported = await exportDocx('student');
    const preview = await uploadDocx<ImportPreview>(server, leader.token, '/api/import/docx/preview', exported.bytes, { groupId: guide.groupId });
    expect(preview.status).toBe(200);
    expect(summary(preview.body.content as JSONContent)).toEqual(summary(edition(original, 'student')));
    const lines = allNodes(preview.body.content as JSONContent)
      .filter((node) => node.type === 'question')
      .map((node) => node.attrs?.answerLines);
    const expected = allNodes(original)
      .filter((node) => node.type === 'question')
      .map((node) => node.attrs?.answerLines);
    expect(lines).toEqual(expected);
  });

  it('prints no answer text and no teacher-only block in the 学生版', async () => {
    const text = await docxText((await exportDocx('student')).bytes);
    const teacherBlock = original.content?.find((block) => block.attrs?.audience === 'teacher');
    expect(teacherBlock).toBeDefined();
    const studentText = textOf(edition(original, 'student'));
    for (const answer of answersOf(original)) {
      // An answer that is also part of a question (a single letter like B) proves nothing either way.
      if (studentText.includes(answer)) continue;
      expect(text).not.toContain(answer);
    }
    expect(text).not.toContain(teacherBlock?.attrs?.title);
    expect(text).not.toContain(textOf(teacherBlock!.content![0]));
    expect(text).not.toContain('复备留痕');
    expect(text).not.toContain('【答案】');
    expect(text).not.toContain('【教师用】');
    for (const label of ['课题', '课型', '课时', '主备', '审核', '授课时间', '班级', '小组', '姓名', '学生版']) expect(text).toContain(label);
    expect(text).toContain('一、学习目标（1分钟）');
    expect(text).toContain('【A组】下列说法正确的是');
  });

  it('prints the answers, the teacher-only block and the margin notes, marked, in the 教师版', async () => {
    const text = await docxText((await exportDocx('teacher')).bytes);
    for (const answer of answersOf(original)) expect(text).toContain(`【答案】${answer.slice(0, 10)}`);
    const teacherBlock = original.content?.find((block) => block.attrs?.audience === 'teacher');
    // A teacher-only block has no section number, so both editions number the others alike.
    expect(text).toMatch(new RegExp(`(^|\\n)${teacherBlock?.attrs?.title}（\\d+分钟） 【教师用】`));
    expect(text).toContain(textOf(teacherBlock!.content![0]));
    expect(text).toContain('【复备】（2）班基础弱');
    expect(text).toContain('教师版');
  });

  it('lays A4 out portrait by default and B4 landscape in two columns on request', async () => {
    const a4 = readZipText((await exportDocx('student')).bytes, 'word/document.xml');
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(a4).not.toContain('w:num="2"');
    const b4 = readZipText((await exportDocx('student', '&paper=b4')).bytes, 'word/document.xml');
    expect(b4).toMatch(/<w:pgSz w:w="20636" w:h="14570" w:orient="landscape"/);
    expect(b4).toMatch(/<w:cols[^>]*w:num="2"/);
    const styles = readZipText((await exportDocx('student')).bytes, 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
  });

  it('answers 400 for an unknown edition or paper, 401 without a session and 404 outside the group', async () => {
    const badEdition = await leader.get(`/api/guides/${guide.id}/export.docx?edition=parent`);
    expect(badEdition).toMatchObject({ status: 400, body: { error: { code: 'invalid_query', path: ['edition'] } } });
    const badPaper = await leader.get(`/api/guides/${guide.id}/export.docx?paper=a3`);
    expect(badPaper).toMatchObject({ status: 400, body: { error: { path: ['paper'] } } });
    expect((await download(server, null, `/api/guides/${guide.id}/export.docx`)).status).toBe(401);
    const outsider = await loginAs(server, 'outsider');
    expect((await download(server, outsider.token, `/api/guides/${guide.id}/export.docx`)).status).toBe(404);
    expect((await leader.get(`/api/guides/${guide.id}/export.docx?version=9`)).status).toBe(404);
  });
});

describe('Import of teachers’ own Word guides', () => {
  it('maps the 数学 fixture onto its blocks with minutes, questions and tiers', async () => {
    const file = readFileSync(path.join(fixtures, '01_math_rj8x_yicihanshu_student.docx'));
    const preview = await uploadDocx<ImportPreview>(server, leader.token, '/api/import/docx/preview', file, { groupId: guide.groupId });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      title: '19.2.2 一次函数（第1课时）',
      unit: '第十九章 一次函数',
      period: '第1课时',
      lessonType: '新授课',
      templateId: 'math-new',
    });
    expect(preview.body.blocks.map((block) => [block.kind, block.title, block.minutes, block.questionCount, block.tiers, block.mapped])).toEqual([
      ['objectives', '学习目标', null, 0, [], true],
      ['keyPoints', '学习重点、学习难点', null, 0, [], true],
      ['method', '学法指导', null, 0, [], true],
      ['priorKnowledge', '复习导入', 5, 2, [], true],
      ['selfStudy', '自主学习', 10, 7, [], true],
      ['mutualLearning', '合作探究', 10, 2, [], true],
      ['teacherInput', '释疑点拨', 10, 0, [], true],
      ['check', '当堂检测', 8, 3, ['A', 'B'], true],
      ['summary', '课堂小结', 2, 0, [], true],
      ['reflection', '学后反思', null, 0, [], true],
    ]);
    const content = preview.body.content as JSONContent;
    const objectives = content.content?.[0];
    expect(objectives?.content?.[0]).toMatchObject({ type: 'orderedList' });
    expect(objectives?.content?.[0].content).toHaveLength(2);
    const check = content.content?.find((block) => block.type === 'check');
    expect(check?.content?.filter((node) => node.type === 'question').map((node) => node.attrs?.tier)).toEqual(['A', 'A', 'B']);
    expect(textOf(content)).toContain('汽车油箱中有油50 L');
  });

  it('maps the 英语 fixture and keeps the sections it cannot name as generic sections', async () => {
    const file = readFileSync(path.join(fixtures, '04_english_7x_unit6_review.docx'));
    const preview = await uploadDocx<ImportPreview>(server, leader.token, '/api/import/docx/preview', file, { groupId: guide.groupId });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ title: '七年级下册 Unit 6 复习', lessonType: '复习课', templateId: 'review' });
    expect(preview.body.blocks.map((block) => [block.kind, block.title, block.minutes, block.questionCount, block.tiers, block.mapped])).toEqual([
      ['objectives', '复习导航', null, 0, [], true],
      ['selfStudy', '自我检测，单词过关', null, 0, [], true],
      ['extension', '词汇拓展', null, 0, [], true],
      ['section', '英汉词组互译', null, 0, [], false],
      ['section', '辨析填空', null, 2, [], false],
      ['check', '当堂检测', 8, 2, ['A', 'B'], true],
      ['reflection', '自我评价', null, 0, [], true],
    ]);
    expect(preview.body.warnings.join('')).toContain('2 个模块');
    const text = textOf(preview.body.content as JSONContent);
    for (const kept of ['16. 离这儿10千米远', 'Be careful when you ______ the street.', '根据图示写一段问路与指路的对话']) expect(text).toContain(kept);
  });

  it('creates the guide from the 数学 fixture with the leader as importer and the chosen lead drafter', async () => {
    const file = readFileSync(path.join(fixtures, '01_math_rj8x_yicihanshu_student.docx'));
    const created = await uploadDocx<Guide>(server, leader.token, '/api/import/docx', file, {
      groupId: guide.groupId,
      title: '一次函数（导入）',
      leadDrafterId: 'user-zhangwei',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: '一次函数（导入）', leadDrafter: { name: '张伟' }, unit: '第十九章 一次函数', period: '第1课时' });
    const content = (await leader.get<JSONContent>(`/api/guides/${created.body.id}/content`)).body;
    expect(content.content?.map((block) => block.type)).toEqual([
      'objectives',
      'keyPoints',
      'method',
      'priorKnowledge',
      'selfStudy',
      'mutualLearning',
      'teacherInput',
      'check',
      'summary',
      'reflection',
    ]);
    const ids = allNodes(content)
      .filter((node) => node.type === 'question' || node.attrs?.title !== undefined)
      .map((node) => node.attrs?.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets only the group leader import, and names a lead drafter from the group only, creating nothing otherwise', async () => {
    const file = readFileSync(path.join(fixtures, '04_english_7x_unit6_review.docx'));
    const before = await databaseCounts(server);
    const member = await uploadDocx(server, drafter.token, '/api/import/docx', file, { groupId: guide.groupId });
    expect(member).toMatchObject({ status: 403, body: { error: { code: 'wrong_role' } } });
    const stranger = await uploadDocx(server, leader.token, '/api/import/docx', file, { groupId: guide.groupId, leadDrafterId: 'user-outsider' });
    expect(stranger).toMatchObject({ status: 400, body: { error: { code: 'lead_drafter_not_member', path: ['leadDrafterId'] } } });
    const outsider = await loginAs(server, 'outsider');
    const otherGroup = await uploadDocx(server, outsider.token, '/api/import/docx/preview', file, { groupId: guide.groupId });
    expect(otherGroup).toMatchObject({ status: 403, body: { error: { code: 'not_group_member' } } });
    expect(await databaseCounts(server)).toEqual(before);
  });
});

describe('Word export of saved versions and class copies', () => {
  it('prints a final version with its sign-off, and a class copy with its class', async () => {
    expect((await drafter.post(`/api/guides/${guide.id}/transitions`, { action: 'submit' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'endReview' })).status).toBe(200);
    expect((await leader.post(`/api/guides/${guide.id}/transitions`, { action: 'finalise' })).status).toBe(200);
    const versions = (await leader.guide(guide.id)).body.versions;
    const final = versions.at(-1)!;

    const version = await download(server, leader.token, `/api/guides/${guide.id}/export.docx?edition=teacher&version=${final.number}`);
    expect(version.status).toBe(200);
    const versionText = await docxText(version.bytes);
    expect(versionText).toContain(final.label);
    expect(versionText).toMatch(/审核\s*王磊/);

    const copy = await drafter.post<Copy>(`/api/guides/${guide.id}/copies`, { classId: 'class-8-2' });
    expect(copy.status).toBe(201);
    const printed = await download(server, drafter.token, `/api/copies/${copy.body.id}/export.docx?edition=student`);
    expect(printed.status).toBe(200);
    const disposition = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(printed.headers.get('content-disposition') ?? '')?.[1] ?? '');
    expect(disposition).toBe(`${guide.title}（八年级(2)班）（学生版）.docx`);
    const printedText = await docxText(printed.bytes);
    expect(printedText).toMatch(/班级\s*八年级\(2\)班/);
    // The same lines around the title as the print preview: school · group above, the class
    // and the final the copy was made from below.
    expect(printedText).toContain('示例中学 · 八年级数学备课组');
    expect(printedText).toContain(`八年级(2)班 · 二次备课 · 基于 ${final.label}`);
    // 授课时间 is a blank to fill in by hand until the class is taught, then the copy's 上课日期.
    expect(printedText).toMatch(/授课时间\s*班级/);
    expect((await drafter.post(`/api/copies/${copy.body.id}/taught`, { date: '2026-03-12' })).status).toBe(200);
    const taughtText = await docxText((await download(server, drafter.token, `/api/copies/${copy.body.id}/export.docx?edition=teacher`)).bytes);
    expect(taughtText).toMatch(/授课时间\s*2026年3月12日\s*班级\s*八年级\(2\)班/);

    const groupMember = await loginAs(server, 'zhangwei');
    expect((await download(server, groupMember.token, `/api/copies/${copy.body.id}/export.docx`)).status).toBe(200);
    const outsider = await loginAs(server, 'outsider');
    expect((await download(server, outsider.token, `/api/copies/${copy.body.id}/export.docx`)).status).toBe(404);
    expect((await drafter.get(`/api/copies/${copy.body.id}/export.docx?version=1`)).status).toBe(400);
  });
});
