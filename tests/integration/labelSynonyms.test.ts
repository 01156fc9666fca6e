import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLabelSynonyms } from '../../shared/import/labelMapping.ts';
import type { ImportPreview } from '../../shared/schemas/docxImport.ts';
import type { LabelSynonymsView } from '../../shared/schemas/labelSynonyms.ts';
import { loginAs, type ApiClient } from '../helpers/api.ts';
import { uploadDocx } from '../helpers/docxUpload.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

let server: TestServer;
let leader: ApiClient;
let member: ApiClient;

/** A short guide as a teacher of this school writes it, with the school's own label 前置小测 (no default and no word of it names a kind). */
async function schoolGuide(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '一次函数的图象导学案', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('一、前置小测（5分钟）'),
          new Paragraph('1. 什么是一次函数？'),
          new Paragraph('二、自主学习（10分钟）'),
          new Paragraph('1. 【基础】画出 y = 2x + 1 的图象。'),
          new Paragraph('2. ★ 比较 y = 2x 与 y = 2x + 1 的图象。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function request(client: ApiClient, method: 'GET' | 'PUT', body?: unknown) {
  return client.request<LabelSynonymsView & { error?: { code: string; path?: unknown[] } }>(method, '/api/groups/group-math8/label-synonyms', body);
}

beforeAll(async () => {
  server = await startTestServer();
  leader = await loginAs(server, 'wanglei');
  member = await loginAs(server, 'lifang');
});

afterAll(async () => {
  await server.stop();
});

describe('the school’s label dictionary', () => {
  it('starts from the defaults, readable by members and editable by the leader only', async () => {
    const read = await request(member, 'GET');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ schoolId: 'school-demo', customised: [], editable: false });
    expect(read.body.synonyms.selfStudy).toEqual(defaultLabelSynonyms.selfStudy);
    expect((await request(leader, 'GET')).body.editable).toBe(true);
    const refused = await request(member, 'PUT', { synonyms: { priorKnowledge: ['温故互查'] } });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'wrong_role' } } });
  });

  it('refuses a label given to two kinds, and an empty label, with the field path', async () => {
    const twice = await request(leader, 'PUT', { synonyms: { priorKnowledge: ['温故互查'], selfStudy: ['自主学习', '温故互查'] } });
    expect(twice).toMatchObject({ status: 400, body: { error: { code: 'invalid_body', path: ['synonyms', 'selfStudy', 1] } } });
    const empty = await request(leader, 'PUT', { synonyms: { check: [' '] } });
    expect(empty).toMatchObject({ status: 400, body: { error: { path: ['synonyms', 'check', 0] } } });
    const unknownKind = await request(leader, 'PUT', { synonyms: { homework: ['作业'] } });
    expect(unknownKind.status).toBe(400);
  });

  it('refuses a label that another kind keeps among its defaults', async () => {
    const selfStudyDefault = defaultLabelSynonyms.selfStudy[0];
    const response = await request(leader, 'PUT', { synonyms: { mutualLearning: ['合作探究', selfStudyDefault] } });
    expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid_body', path: ['synonyms', 'mutualLearning', 1] } } });
    expect(JSON.stringify(response.body)).toContain('已属于「自主学习」');
  });

  it('maps an import with the school’s own labels once the leader saved them, and goes back to the defaults', async () => {
    const file = await schoolGuide();
    const before = await uploadDocx<ImportPreview>(server, leader.token, '/api/import/docx/preview', file, { groupId: 'group-math8' });
    expect(before.body.blocks.map((block) => [block.kind, block.mapped])).toEqual([
      ['section', false],
      ['selfStudy', true],
    ]);

    const saved = await request(leader, 'PUT', { synonyms: { priorKnowledge: ['前置小测', '复习导入'] } });
    expect(saved.status).toBe(200);
    expect(saved.body.customised).toEqual(['priorKnowledge']);
    expect(saved.body.synonyms.priorKnowledge).toEqual(['前置小测', '复习导入']);

    const after = await uploadDocx<ImportPreview>(server, member.token, '/api/import/docx/preview', file, { groupId: 'group-math8' });
    expect(after.status).toBe(200);
    // The 课题 without the word 导学案 the heading adds to it.
    expect(after.body.title).toBe('一次函数的图象');
    expect(after.body.blocks.map((block) => [block.kind, block.title, block.minutes, block.questionCount, block.tiers])).toEqual([
      ['priorKnowledge', '前置小测', 5, 1, []],
      ['selfStudy', '自主学习', 10, 2, ['基础', '★']],
    ]);

    const reset = await request(leader, 'PUT', { synonyms: {} });
    expect(reset.body.customised).toEqual([]);
    expect(reset.body.synonyms.priorKnowledge).toEqual(defaultLabelSynonyms.priorKnowledge);
  });
});
