import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionKind } from '../../shared/edition/edition.ts';
import type { Guide } from '../../shared/schemas/guide.ts';
import { renderGuideDocx } from '../../server/export/renderGuideDocx.ts';
import type { ApiClient } from '../helpers/api.ts';
import { collabSuite } from '../helpers/collabSuite.ts';
import { docxText } from '../helpers/docxText.ts';
import { download } from '../helpers/docxUpload.ts';
import { para } from '../helpers/guideBuilders.ts';
import { replaceContent } from '../helpers/replaceContent.ts';
import { readZipText } from '../helpers/zipFile.ts';
import { rgbPng } from '../helpers/png.ts';

const suite = collabSuite();
const artifacts = path.resolve(import.meta.dirname, '../artifacts');

const blankAnswer = '待定系数法';
const missingFigure = `/api/files/${'ab'.repeat(32)}`;

/** A 数学 and 语文 item with everything a real guide holds beyond plain text. */
function richSection(): JSONContent {
  return {
    type: 'section',
    attrs: { id: 'section-rich', title: '公式与填空', minutes: 5, audience: 'all', hint: null },
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '化简：' },
          { type: 'inlineMath', attrs: { latex: '\\frac12\\sqrt3' } },
          { type: 'text', text: '，形如 y=kx+b 的函数叫做' },
          { type: 'blank', attrs: { answer: blankAnswer, width: null } },
          { type: 'text', text: '。' },
        ],
      },
      { type: 'blockMath', attrs: { latex: '\\sqrt[3]{x}+x_1^2=\\mathrm{Fe^{3+}}' } },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'x' },
          { type: 'text', text: '2', marks: [{ type: 'superscript' }] },
          { type: 'text', text: '，H' },
          { type: 'text', text: '2', marks: [{ type: 'subscript' }] },
          { type: 'text', text: 'O；' },
          { type: 'text', text: '骇人听闻', marks: [{ type: 'emphasisDots' }] },
          { type: 'text', text: '；' },
          { type: 'ruby', attrs: { annotation: 'jiě pōu' }, content: [{ type: 'text', text: '解剖' }] },
        ],
      },
      { type: 'image', attrs: { src: missingFigure, alt: '平面直角坐标系', title: null, width: 240, height: null } },
      {
        type: 'question',
        attrs: { id: 'q-box', tier: null, answerLines: 0, answerSpace: { kind: 'box', height: 30 } },
        content: [para('画出函数 y=2x 的图象。')],
      },
    ],
  };
}

let leader: ApiClient;
let guide: Guide;

async function exported(edition: EditionKind): Promise<Uint8Array> {
  const response = await download(suite.server, leader.token, `/api/guides/${guide.id}/export.docx?edition=${edition}`);
  expect(response.status).toBe(200);
  return response.bytes;
}

beforeAll(async () => {
  const [wanglei, lifang] = await suite.login('wanglei', 'lifang');
  leader = wanglei;
  guide = (await leader.guide((await leader.guides()).body[0].id)).body;
  const seeded = (await lifang.get<JSONContent>(`/api/guides/${guide.id}/content`)).body;
  const client = await suite.connect(lifang, guide.docName);
  replaceContent(client.doc, { type: 'doc', content: [...(seeded.content ?? []), richSection()] });
  await client.acknowledged();
  suite.release(client);
});

describe('Word export of formulas, blanks, scripts, 加点字, 拼音 and answer space', () => {
  it('writes the 教师版 with native equations and the blank’s answer on the line', async () => {
    const bytes = await exported('teacher');
    const xml = readZipText(bytes, 'word/document.xml');
    expect(xml.match(/<m:oMath>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(xml).toContain('<m:f>');
    expect(xml).toContain('<m:rad>');
    expect(xml).toContain('<m:oMathPara>');
    // The answer, underlined and red, on the blank.
    expect(xml).toMatch(new RegExp(`<w:r><w:rPr>(?:(?!</w:r>).)*<w:color w:val="C00000"/>(?:(?!</w:r>).)*<w:u w:val="single"/>(?:(?!</w:r>).)*<w:t xml:space="preserve">\\u2002+${blankAnswer}\\u2002+</w:t>`));
    expect(await docxText(bytes)).toContain(blankAnswer);
    expect(xml).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">2<\/w:t>/);
    expect(xml).toMatch(/<w:vertAlign w:val="subscript"\/><\/w:rPr><w:t xml:space="preserve">2<\/w:t>/);
    expect(xml).toMatch(/<w:em w:val="dot"\/><\/w:rPr><w:t xml:space="preserve">骇人听闻<\/w:t>/);
    expect(xml).toMatch(/<w:ruby><w:rubyPr>.*?<\/w:rubyPr><w:rt><w:r>.*?<w:t xml:space="preserve">jiě pōu<\/w:t><\/w:r><\/w:rt><w:rubyBase><w:r>.*?<w:t xml:space="preserve">解剖<\/w:t><\/w:r><\/w:rubyBase><\/w:ruby>/);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'docx-rich-teacher.docx'), bytes);
  });

  it('writes the 学生版 with the equations and an empty underline instead of the answer', async () => {
    const bytes = await exported('student');
    const xml = readZipText(bytes, 'word/document.xml');
    expect(xml).toContain('<m:oMath>');
    expect(xml).toContain('<m:f>');
    expect(xml.includes(blankAnswer)).toBe(false);
    expect(await docxText(bytes)).not.toContain(blankAnswer);
    // 待定系数法 prints as 5 characters plus 2 for handwriting: seven ideographic spaces, underlined.
    expect(xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">\u3000{7}<\/w:t>/);
    expect(xml).toContain('<w:ruby>');
    // A 30 mm box to answer in: one bordered cell of exactly that height.
    expect(xml).toMatch(/<w:trHeight w:val="1701" w:hRule="exact"\/>/);
    // A figure whose file is not there prints as its description, never silently dropped.
    expect(await docxText(bytes)).toContain('〔图：平面直角坐标系〕');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'docx-rich-student.docx'), bytes);
  });
});

/** A real PNG of a given size: a white picture with a black diagonal. */
const png = (width: number, height: number) =>
  rgbPng(width, height, (x, y) => (x === Math.floor((y * width) / height) ? [0, 0, 0] : [255, 255, 255]));

describe('Word export of figures', () => {
  it('lays a choice item’s options out as they fit: four short ones in a row on tab stops, long ones one a line', async () => {
    const question = (id: string, ...lines: string[]): JSONContent => ({
      type: 'question',
      attrs: { id, tier: null },
      content: lines.map((line) => para(line)),
    });
    const content: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'check',
          attrs: { id: 'b1', title: '当堂检测', minutes: 8, audience: 'all', hint: null },
          content: [
            question('q1', '9 的平方根是（　）', 'A. 3\u3000B. −3\u3000C. ±3\u3000D. 9'),
            question('q2', '下列说法正确的是（　）', 'A. 当 k > 0 时，y 随 x 的增大而增大，图象一定经过第一、三象限', 'B. 当 k < 0 时，y 随 x 的增大而减小，图象一定经过第二、四象限'),
          ],
        },
      ],
    };
    const facts = { title: '选择题', lessonType: null, period: null, leadDrafter: null, reviewer: null, reviewedAt: null, className: null, kicker: '', unit: null, versionLabel: null };
    const bytes = await renderGuideDocx({ content, edition: 'student', paper: 'a4', facts, loadFigure: async () => null });
    const paragraphs = readZipText(bytes, 'word/document.xml').split('</w:p>');
    const row = paragraphs.find((xml) => xml.includes('>A. </w:t>') && xml.includes('>D. </w:t>'));
    expect(row, 'A–D in one paragraph').toBeDefined();
    expect(row!.match(/<w:tab\/>/g)).toHaveLength(3);
    expect(row!.match(/<w:tab w:val="left" w:pos="\d+"\/>/g)).toHaveLength(3);
    // The long options stay one a line, each its own paragraph.
    expect(paragraphs.filter((xml) => /当 k (&lt;|&gt;) 0 时/.test(xml))).toHaveLength(2);
  });

  it('embeds a figure at its width, from the bytes its file holds, with its 图注 under it, in both editions', async () => {
    const sha = 'cd'.repeat(32);
    const picture = png(400, 200);
    const content: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'selfStudy',
          attrs: { id: 'b1', title: '自主学习', minutes: 5, audience: 'all', hint: null },
          content: [{ type: 'image', attrs: { src: `/api/files/${sha}`, alt: '坐标系', title: null, width: 200, height: null, caption: '图1 平面直角坐标系' } }],
        },
      ],
    };
    const facts = { title: '图', lessonType: null, period: null, leadDrafter: null, reviewer: null, reviewedAt: null, className: null, kicker: '', unit: null, versionLabel: null };
    const requested: string[] = [];
    for (const edition of ['student', 'teacher'] as const) {
      const bytes = await renderGuideDocx({
        content,
        edition,
        paper: 'a4',
        facts,
        loadFigure: async (name) => {
          requested.push(name);
          return name === sha ? { bytes: picture } : null;
        },
      });
      const xml = readZipText(bytes, 'word/document.xml');
      // 200 × 100 CSS pixels (the picture is 2:1) in EMU: 9525 a pixel.
      expect(xml).toContain('<wp:extent cx="1905000" cy="952500"/>');
      expect(xml).toContain('descr="坐标系"');
      // The caption is the centred paragraph right after the picture's, which keeps with it.
      expect(xml).toMatch(/<w:keepNext\/>[\s\S]*?<wp:extent[\s\S]*?<\/w:p><w:p>[\s\S]*?<w:jc w:val="center"\/>[\s\S]*?图1 平面直角坐标系<\/w:t>/);
      const relations = readZipText(bytes, 'word/_rels/document.xml.rels');
      const target = /Target="(media\/[^"]+\.png)"/.exec(relations)?.[1];
      expect(target).toBeDefined();
    }
    expect(requested).toEqual([sha, sha]);
  });
});
