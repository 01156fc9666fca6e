import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { edition } from '../../shared/edition/edition.ts';
import type { ApiClient } from '../helpers/api.ts';
import { docxText } from '../helpers/docxText.ts';
import { download, uploadDocx } from '../helpers/docxUpload.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { importSuite } from '../helpers/importSuite.ts';
import type { TestServer } from '../helpers/testServer.ts';

// The development corpus of the Word import (tests/fixtures/import-corpus, see its README): 15
// guides as teachers make them, with answers in 参考答案 sections, after items, in red in the
// blanks and in teachers' columns; and the held-out set (tests/fixtures/import-variants, built by
// its src/build.mjs) of other layouts and wordings: 教师版·含答案 and 答案与解析 parts, 学案 | 导案
// and 学案 | 二次备课 tables, 环节 | 学案 | 导案 with one-character label cells, a guide in one cell,
// a 教师指导 column, an 答案 column, 【教师活动】 lines, English Keys: and key tables.
const corpora = [
  { name: 'import-corpus', files: 15, teacherLines: 60 },
  { name: 'import-variants', files: 25, teacherLines: 100 },
];

const suite = importSuite();
let server: TestServer;
let leader: ApiClient;
let groupId: string;

beforeAll(() => {
  ({ server, leader, groupId } = suite);
});

function walk(node: JSONContent, visit: (node: JSONContent, inTeacherPart: boolean) => void, inTeacherPart = false): void {
  const teacherPart = inTeacherPart || node.type === 'answer' || node.type === 'teacherNote' || node.attrs?.audience === 'teacher';
  visit(node, teacherPart);
  for (const child of node.content ?? []) walk(child, visit, teacherPart);
}

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'blank') return String(node.attrs?.answer ?? '');
  return (node.content ?? []).map(textOf).join(node.type === 'paragraph' ? '' : '\n');
}

/** The lines only a teacher may read: answers, blanks' answers, teacher notes and teacher-only blocks. */
function teacherLines(doc: JSONContent): string[] {
  const lines: string[] = [];
  walk(doc, (node, inTeacherPart) => {
    if (node.type === 'blank' && node.attrs?.answer) lines.push(String(node.attrs.answer));
    if (inTeacherPart && node.type === 'paragraph') lines.push(textOf(node));
  });
  return lines.map((line) => line.trim()).filter(Boolean);
}

const normal = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * What the file's truth lists as the teacher's (answer lines, key lines, teachers' columns, red
 * answers), in pieces of four characters or more: numbers and answer marks split a key line.
 */
function truthTeacherPieces(folder: string, file: string): string[] {
  const truth = JSON.parse(readFileSync(path.join(folder, file.replace(/\.docx$/, '.truth.json')), 'utf8')) as { teacherTexts?: string[] };
  return (truth.teacherTexts ?? [])
    .flatMap((text) => [text, ...text.split(/\u3000+|\d{1,2}[．.、]|【?答案】?[:：]?|解析[:：]|^[一二三四五六七八九十]+、/)])
    .map(normal)
    .filter((piece) => piece.length >= 4);
}

describe.each(corpora)('Word import of the $name fixtures', ({ name, files: count, teacherLines: least }) => {
  const folder = fixturePath(name);
  const files = readdirSync(folder).filter((file) => file.endsWith('.docx')).sort();

  it('holds every file', () => {
    expect(files).toHaveLength(count);
  });

  it('imports every file and prints none of its answers or teacher-column text in the 学生版', { timeout: 120_000 }, async () => {
    let checked = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(path.join(folder, file)));
      const created = await uploadDocx<{ id: string; title: string }>(server, leader.token, '/api/import/docx', bytes, { groupId }, file);
      expect(created.status, file).toBe(201);
      const content = (await leader.get<JSONContent>(`/api/guides/${created.body.id}/content`)).body;
      const printed = normal(await docxText((await download(server, leader.token, `/api/guides/${created.body.id}/export.docx?edition=student`)).bytes));
      // What the 学生版 rightly shows: its title, and the text of the items themselves (a one-letter
      // answer such as B is in every item's choices; a 板书设计 repeats the title).
      const studentText = normal(`${created.body.title}\n${textOf(edition(content, 'student'))}`);
      for (const line of teacherLines(content)) {
        const text = normal(line);
        if (text.length < 4 || studentText.includes(text)) continue;
        expect(printed, `${file}: ${line}`).not.toContain(text);
        checked += 1;
      }
      // And what the file's truth says is the teacher's, however the importer read it.
      for (const piece of truthTeacherPieces(folder, file)) {
        expect(printed, `${file}: ${piece}`).not.toContain(piece);
        checked += 1;
      }
    }
    // Every file has answers or teachers' columns in some form: the check above looked at them.
    expect(checked).toBeGreaterThan(least);
  });
});
