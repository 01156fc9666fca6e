import { readFileSync } from 'node:fs';
import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportBlockChoice, ImportPreview } from '../../shared/schemas/docxImport.ts';
import type { ApiClient } from '../helpers/api.ts';
import { docxText } from '../helpers/docxText.ts';
import { download, uploadDocx } from '../helpers/docxUpload.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { importSuite } from '../helpers/importSuite.ts';
import type { TestServer } from '../helpers/testServer.ts';

// 11 道德与法治: Word headings, a 参考答案 section at the end; 03 英语: the whole guide in one table.
const headingsFile = new Uint8Array(readFileSync(fixturePath('import-corpus', '11_daofa_8s_zunshouguize_headings.docx')));

const suite = importSuite();
let server: TestServer;
let leader: ApiClient;
let groupId: string;

beforeAll(() => {
  ({ server, leader, groupId } = suite);
});

function preview() {
  return uploadDocx<ImportPreview>(server, leader.token, '/api/import/docx/preview', headingsFile, { groupId }, '11.docx');
}

describe('Word import with the teacher’s corrections from the preview', () => {
  it('creates the guide with the kinds and roles chosen, header fields corrected', async () => {
    const read = (await preview()).body;
    const choices: ImportBlockChoice[] = read.blocks.map((block) => ({ kind: block.kind, role: block.audience === 'teacher' ? 'teacher' : 'student' }));
    const renamed = read.blocks.findIndex((block) => block.title === '课前准备');
    const hidden = read.blocks.findIndex((block) => block.title === '新课导入');
    expect(renamed).toBeGreaterThan(-1);
    expect(hidden).toBeGreaterThan(-1);
    choices[renamed] = { kind: 'priorKnowledge', role: 'student' };
    choices[hidden] = { kind: 'priorKnowledge', role: 'teacher' };
    const created = await uploadDocx<{ id: string; period: string | null; unit: string | null }>(
      server,
      leader.token,
      '/api/import/docx',
      headingsFile,
      { groupId, blocks: JSON.stringify(choices), period: '第2课时', unit: '第三单元 勇担社会责任' },
      '11.docx',
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ period: '第2课时', unit: '第三单元 勇担社会责任' });
    const content = (await leader.get<JSONContent>(`/api/guides/${created.body.id}/content`)).body;
    const blocks = content.content ?? [];
    expect(blocks).toHaveLength(choices.length);
    expect(blocks[renamed]).toMatchObject({ type: 'priorKnowledge', attrs: { title: '课前准备', audience: 'all' } });
    expect(blocks[hidden]).toMatchObject({ type: 'priorKnowledge', attrs: { title: '新课导入', audience: 'teacher' } });
    const student = await docxText((await download(server, leader.token, `/api/guides/${created.body.id}/export.docx?edition=student`)).bytes);
    expect(student).toContain('预习课本第27—32页');
    expect(student).not.toContain('生活处处有规则，规则以多种多样的形式出现在我们身边');
  });

  it('drops a block marked as answers from the guide', async () => {
    const read = (await preview()).body;
    const choices: ImportBlockChoice[] = read.blocks.map((block) => ({ kind: block.kind, role: block.audience === 'teacher' ? 'teacher' : 'student' }));
    const items = read.blocks.findIndex((block) => block.title === '课前准备');
    expect(read.blocks[items].questionCount).toBe(3);
    const answersAt = items + 1;
    choices[answersAt] = { kind: read.blocks[answersAt].kind, role: 'answers' };
    const created = await uploadDocx<{ id: string }>(server, leader.token, '/api/import/docx', headingsFile, { groupId, blocks: JSON.stringify(choices) }, '11.docx');
    expect(created.status).toBe(201);
    const blocks = (await leader.get<JSONContent>(`/api/guides/${created.body.id}/content`)).body.content ?? [];
    expect(blocks).toHaveLength(choices.length - 1);
    expect(blocks.map((block) => block.attrs?.title)).not.toContain(read.blocks[answersAt].title);
  });

  it('answers 400 with the field when the choices are not valid or do not match the blocks', async () => {
    const bad = await uploadDocx(server, leader.token, '/api/import/docx', headingsFile, { groupId, blocks: '[{"kind":"nope","role":"student"}]' }, '11.docx');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('blocks');
    const short = await uploadDocx(server, leader.token, '/api/import/docx', headingsFile, { groupId, blocks: JSON.stringify([{ kind: 'check', role: 'student' }]) }, '11.docx');
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('blocks');
  });
});
