import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Guide } from '../../shared/schemas/guide.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { docxText } from '../helpers/docxText.ts';
import { download, uploadDocx } from '../helpers/docxUpload.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { importSuite } from '../helpers/importSuite.ts';
import type { TestServer } from '../helpers/testServer.ts';

// 04 物理 prints its header on two lines and a third among the first blocks (总课时数, 主备人,
// 审核人, 备课时间 … 课型, 教具); 15 数学 has 编制人, 审核 and 下科行政 (tests/fixtures/import-corpus).
const corpus = fixturePath('import-corpus');
const physics = readFileSync(path.join(corpus, '04_physics_9_oumudingli_revisions.docx'));
const maths = readFileSync(path.join(corpus, '15_math_gz_dengcha_fuxi_sanan.docx'));

const suite = importSuite();
let server: TestServer;
let leader: ApiClient;
let drafter: ApiClient;
let member: ApiClient;
let groupId: string;

beforeAll(async () => {
  ({ server, leader, groupId } = suite);
  drafter = await loginAs(server, 'lifang');
  member = await loginAs(server, 'zhangwei');
});

function textOf(node: JSONContent): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}

describe('the header of an imported guide', () => {
  it('keeps the header fields the file prints in the guide record, prints them and lets an editor correct them', async () => {
    const created = await uploadDocx<Guide>(server, leader.token, '/api/import/docx', physics, { groupId }, '九年级物理.docx');
    expect(created.status).toBe(201);
    const guide = created.body;
    expect(guide.title).toBe('第2节　欧姆定律');
    expect(guide.lessonType).toBe('新授课');
    expect(guide.leadDrafter.name).toBe('刘芳');
    expect(guide.reviewer).toEqual({ id: null, name: '陈静' });
    // Lists and the term plan name the teacher the lesson is assigned to (the importer).
    expect((await leader.guides()).body.find((listed) => listed.id === guide.id)?.leadDrafter).toEqual({ id: 'user-wanglei', name: '王磊' });
    expect(guide.header).toMatchObject({ writtenAt: '2024年3月8日', totalPeriods: '第37课时', aids: '多媒体课件、电路示教板', subject: '物理', grade: '九年级' });
    // The header line among the first blocks is not left in the content.
    expect(textOf((await leader.get<JSONContent>(`/api/guides/${guide.id}/content`)).body)).not.toContain('多媒体课件');

    const printed = await docxText((await download(server, leader.token, `/api/guides/${guide.id}/export.docx?edition=student`)).bytes);
    expect(printed).toMatch(/主备\s*刘芳/);
    expect(printed).toMatch(/审核\s*陈静/);

    // The lead drafter (the importer, 王磊) corrects it while drafting; another member may not.
    const refused = await member.request('PATCH', `/api/guides/${guide.id}/header`, { fields: { leadDrafter: '张伟' } });
    expect(refused).toMatchObject({ status: 403 });
    const invalid = await leader.request('PATCH', `/api/guides/${guide.id}/header`, { fields: { subject: '物'.repeat(101) } });
    expect(invalid).toMatchObject({ status: 400, body: { error: { path: ['fields', 'subject'] } } });
    const corrected = await leader.request<Guide>('PATCH', `/api/guides/${guide.id}/header`, { period: '第1课时', fields: { ...guide.header, leadDrafter: '王磊', teachingDate: '2026年3月9日' } });
    expect(corrected.status).toBe(200);
    expect(corrected.body.period).toBe('第1课时');
    expect(corrected.body.leadDrafter.name).toBe('王磊');
    expect(corrected.body.header.teachingDate).toBe('2026年3月9日');
    const reprinted = await docxText((await download(server, leader.token, `/api/guides/${guide.id}/export.docx?edition=teacher`)).bytes);
    expect(reprinted).toMatch(/授课时间\s*2026年3月9日/);
  });

  it('never gives a 语文 file the 数学 group’s subject: the header names its own, and the preview says so', async () => {
    // 06 语文 names its subject only in its 审核人 (高一语文备课组); the demo group is 数学.
    const chinese = readFileSync(path.join(corpus, '06_yuwen_gz_duangexing_jiaoshi.docx'));
    const preview = await uploadDocx<{ header: Guide['header']; warnings: string[] }>(server, leader.token, '/api/import/docx/preview', chinese, { groupId });
    expect(preview.status).toBe(200);
    expect(preview.body.header).toMatchObject({ subject: '语文', grade: '高一' });
    expect(preview.body.warnings.join('\n')).toContain('“语文”');
    const created = await uploadDocx<Guide>(server, leader.token, '/api/import/docx', chinese, { groupId });
    expect(created.body.header.subject).toBe('语文');
    // A 数学 file says nothing of the kind.
    const sameSubject = await uploadDocx<{ warnings: string[] }>(server, leader.token, '/api/import/docx/preview', maths, { groupId });
    expect(sameSubject.body.warnings.join('\n')).not.toContain('学科');
  });

  it('lets the teacher fix the header in the preview before the guide is created', async () => {
    const preview = await uploadDocx<{ header: Guide['header'] }>(server, leader.token, '/api/import/docx/preview', maths, { groupId });
    expect(preview.status).toBe(200);
    expect(preview.body.header).toMatchObject({ leadDrafter: '冯涛', reviewer: '高三数学组', approver: '林峰', subject: '数学', grade: '高三' });
    const header = JSON.stringify({ ...preview.body.header, reviewer: '高三数学备课组' });
    const created = await uploadDocx<Guide>(server, leader.token, '/api/import/docx', maths, { groupId, header });
    expect(created.status).toBe(201);
    expect(created.body.reviewer?.name).toBe('高三数学备课组');
    expect(created.body.header.approver).toBe('林峰');
    const invalid = await uploadDocx(server, leader.token, '/api/import/docx/preview', maths, { groupId, header: JSON.stringify({ school: '××中学' }) });
    expect(invalid).toMatchObject({ status: 400, body: { error: { path: ['header'] } } });
  });
});

describe('a lead drafter importing into the lesson assigned to them', () => {
  it('replaces the draft of their own lesson with the file, and nobody else may', async () => {
    const templates = await leader.get<{ id: string }[]>('/api/templates');
    const assigned = await leader.post<Guide>('/api/guides', { title: '欧姆定律', templateId: templates.body[0].id, groupId, leadDrafterId: 'user-lifang' });
    expect(assigned.status).toBe(201);
    const lesson = assigned.body;
    const before = textOf((await drafter.get<JSONContent>(`/api/guides/${lesson.id}/content`)).body);

    for (const other of [member, leader]) {
      const refused = await uploadDocx(server, other.token, '/api/import/docx', physics, { groupId, guideId: lesson.id });
      expect(refused).toMatchObject({ status: 403, body: { error: { code: 'wrong_role' } } });
    }
    expect(textOf((await drafter.get<JSONContent>(`/api/guides/${lesson.id}/content`)).body)).toBe(before);

    const imported = await uploadDocx<Guide>(server, drafter.token, '/api/import/docx', physics, { groupId, guideId: lesson.id });
    expect(imported.status).toBe(201);
    expect(imported.body.id).toBe(lesson.id);
    expect(imported.body.title).toBe('欧姆定律');
    expect(imported.body.header.aids).toBe('多媒体课件、电路示教板');
    const after = textOf((await drafter.get<JSONContent>(`/api/guides/${lesson.id}/content`)).body);
    expect(after).toContain('欧姆定律的内容');
    expect((await leader.guides()).body.filter((guide) => guide.title === '欧姆定律')).toHaveLength(1);

    // Once submitted for review, the file can no longer replace the draft.
    expect((await drafter.post(`/api/guides/${lesson.id}/transitions`, { action: 'submit' })).status).toBe(200);
    const late = await uploadDocx(server, drafter.token, '/api/import/docx', physics, { groupId, guideId: lesson.id });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'wrong_stage' } } });
  });
});
