import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { describe, expect, test } from 'vitest';
import { guideExtensions } from '../../shared/editor/presets.ts';
import { guideSchema, jsonToYDoc, jsonToYUpdate, normaliseGuideJson, yDocToJson } from '../../shared/editor/schema.ts';
import { edition } from '../../shared/edition/edition.ts';
import { blankWidth, minimumBlankWidth } from '../../shared/edition/blankWidth.ts';
import { answerSpaceOf, defaultAnswerSpace, type AnswerSpace } from '../../shared/schemas/answerSpace.ts';
import { fileSource } from '../../shared/editor/nodes/figure.ts';
import { block, doc, para } from '../helpers/guideBuilders.ts';

const sha = 'a'.repeat(64);

function text(value: string, marks: JSONContent['marks'] = undefined): JSONContent {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function paragraph(...content: JSONContent[]): JSONContent {
  return { type: 'paragraph', content };
}

function inSelfStudy(...content: JSONContent[]): JSONContent {
  return doc(block('b1', 'selfStudy', content, { title: '自主学习', minutes: 8 }));
}

function questionWith(attrs: Record<string, unknown>, ...content: JSONContent[]): JSONContent {
  return { type: 'question', attrs: { id: 'q1', tier: null, ...attrs }, content };
}

/** Every node of a tree, depth first. */
function allNodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function roundTrip(json: JSONContent): JSONContent {
  const source = jsonToYDoc(json);
  const fresh = new Y.Doc();
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(source));
  const result = yDocToJson(fresh);
  source.destroy();
  fresh.destroy();
  return result;
}

/** One document per new node and mark, each in the place a teacher puts it. */
const cases: [string, JSONContent][] = [
  ['a superscript mark (x²)', inSelfStudy(paragraph(text('x'), text('2', [{ type: 'superscript' }])))],
  ['a subscript mark (x₁, H₂O)', inSelfStudy(paragraph(text('H'), text('2', [{ type: 'subscript' }]), text('O')))],
  ['an emphasisDots mark (加点字)', inSelfStudy(paragraph(text('解剖', [{ type: 'emphasisDots' }]), text('的意思')))],
  [
    'a ruby node (拼音) holding marked characters',
    inSelfStudy(
      paragraph(text('给'), { type: 'ruby', attrs: { annotation: 'jiě pōu' }, content: [text('解剖', [{ type: 'emphasisDots' }])] }),
    ),
  ],
  ['an inlineMath node', inSelfStudy(paragraph(text('若 '), { type: 'inlineMath', attrs: { latex: '\\frac{1}{2}x+\\sqrt{3}' } }))],
  ['a blockMath node', inSelfStudy({ type: 'blockMath', attrs: { latex: 'y=kx+b\\ (k\\neq 0)' } })],
  ['invalid LaTeX in an inlineMath node', inSelfStudy(paragraph({ type: 'inlineMath', attrs: { latex: '\\frac{1}{' } }))],
  [
    'a blank with an answer and one without',
    inSelfStudy(
      paragraph(text('形如 '), { type: 'blank', attrs: { answer: 'y=kx+b', width: null } }, text(' 的函数，'), {
        type: 'blank',
        attrs: { answer: '', width: 6 },
      }),
    ),
  ],
  ['an image in a block', inSelfStudy(para('如图：'), { type: 'image', attrs: { src: `/api/files/${sha}`, alt: '坐标系', width: 240 } })],
  [
    'a figure with its 图注',
    inSelfStudy({ type: 'image', attrs: { src: `/api/files/${sha}`, alt: '坐标系', width: 240, caption: '图1 一次函数 y = 2x + 1 的图象' } }),
  ],
  [
    'a question with a figure, a display formula and an answer holding a formula',
    inSelfStudy(
      questionWith(
        { answerSpace: { kind: 'box', height: 30 } },
        para('求直线的解析式。'),
        { type: 'image', attrs: { src: `/api/files/${sha}`, alt: null, width: null } },
        { type: 'blockMath', attrs: { latex: 'y=2x-1' } },
        { type: 'answer', content: [paragraph({ type: 'inlineMath', attrs: { latex: 'y=2x-1' } })] },
      ),
    ),
  ],
  [
    'a table with a header row, merged cells and empty answer rows',
    inSelfStudy({
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { colspan: 2, rowspan: 1, colwidth: null }, content: [para('x 与 y')] },
            { type: 'tableHeader', content: [para('k')] },
          ],
        },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [para()] }, { type: 'tableCell', content: [para()] }, { type: 'tableCell', content: [para()] }] },
      ],
    }),
  ],
];

describe.each(cases)('The round trip of %s', (_name, json) => {
  const normalised = normaliseGuideJson(json);

  test('JSON ⇄ Y.Doc ⇄ JSON gives back the same JSON, also through a fresh Y.Doc.', () => {
    expect(roundTrip(normalised)).toEqual(normalised);
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, jsonToYUpdate(normalised));
    expect(yDocToJson(fresh)).toEqual(normalised);
    fresh.destroy();
  });

  test('Normalising keeps every node type and mark of the input.', () => {
    const types = (tree: JSONContent) =>
      allNodes(tree).flatMap((node) => [node.type, ...(node.marks ?? []).map((mark) => `mark:${mark.type}`)]).sort();
    expect(types(normalised)).toEqual(types(json));
  });
});

describe('The schema of the shared extension list', () => {
  test('has the node and mark names of the contract.', () => {
    const schema = guideSchema();
    for (const name of ['inlineMath', 'blockMath', 'blank', 'image', 'ruby']) expect(Object.keys(schema.nodes)).toContain(name);
    for (const name of ['superscript', 'subscript', 'emphasisDots']) expect(Object.keys(schema.marks)).toContain(name);
    expect(schema.nodes.inlineMath.spec.attrs).toHaveProperty('latex');
    expect(schema.nodes.blockMath.spec.attrs).toHaveProperty('latex');
    expect(Object.keys(schema.nodes.image.spec.attrs ?? {})).toEqual(expect.arrayContaining(['src', 'alt', 'width', 'caption']));
  });

  test('allows a figure and a display formula in every guide block beside paragraphs.', () => {
    const schema = guideSchema();
    for (const extension of guideExtensions) {
      const type = schema.nodes[extension.name];
      if (type?.spec.group !== 'guideBlock') continue;
      const content = type.contentMatch;
      expect(content.matchType(schema.nodes.image), extension.name).toBeTruthy();
      expect(content.matchType(schema.nodes.blockMath), extension.name).toBeTruthy();
      expect(content.matchType(schema.nodes.paragraph), extension.name).toBeTruthy();
    }
  });

  test('keeps superscript and subscript apart: a character is never both.', () => {
    const schema = guideSchema();
    const marks = schema.marks.subscript.create().addToSet([schema.marks.superscript.create()]);
    expect(marks.map((mark) => mark.type.name)).toEqual(['subscript']);
  });

  test('accepts a figure only from this server’s files.', () => {
    expect(fileSource(`/api/files/${sha}`)).toBe(`/api/files/${sha}`);
    expect(fileSource(`https://school.example/api/files/${sha}`)).toBe(`/api/files/${sha}`);
    expect(fileSource('https://elsewhere.example/photo.png')).toBeNull();
    expect(fileSource('data:image/png;base64,AAAA')).toBeNull();
  });
});

describe('Answer space', () => {
  test('a question that never chose has two ruled lines, today’s behaviour.', () => {
    const normalised = normaliseGuideJson(inSelfStudy(questionWith({}, para('题目'))));
    const question = allNodes(normalised).find((node) => node.type === 'question');
    expect(question?.attrs?.answerSpace).toBeNull();
    expect(answerSpaceOf(question?.attrs)).toEqual({ kind: 'lines', count: 2 });
    expect(defaultAnswerSpace).toEqual({ kind: 'lines', count: 2 });
  });

  test('a question written with answerLines only (older documents, the demo guide) keeps its lines.', () => {
    expect(answerSpaceOf({ answerLines: 3 })).toEqual({ kind: 'lines', count: 3 });
    expect(answerSpaceOf({ answerLines: 0 })).toEqual({ kind: 'lines', count: 0 });
  });

  const spaces: AnswerSpace[] = [
    { kind: 'lines', count: 5 },
    { kind: 'box', height: 40 },
    { kind: 'grid' },
    { kind: 'grid', height: 60 },
    { kind: 'none' },
  ];
  test.each(spaces)('%o survives JSON ⇄ Y.Doc ⇄ JSON and both editions.', (space) => {
    const normalised = normaliseGuideJson(inSelfStudy(questionWith({ answerSpace: space, answerLines: 0 }, para('题目'))));
    const back = roundTrip(normalised);
    expect(back).toEqual(normalised);
    for (const kind of ['student', 'teacher'] as const) {
      const question = allNodes(edition(back, kind)).find((node) => node.type === 'question');
      expect(answerSpaceOf(question?.attrs)).toEqual(space);
    }
  });

  test('an answer space of the wrong shape falls back to the lines.', () => {
    expect(answerSpaceOf({ answerSpace: { kind: 'lines', count: 99 }, answerLines: 1 })).toEqual({ kind: 'lines', count: 1 });
    expect(answerSpaceOf({ answerSpace: { kind: 'circle' } })).toEqual(defaultAnswerSpace);
  });
});

describe('Fill-in blanks in the two editions', () => {
  const source = normaliseGuideJson(
    inSelfStudy(
      paragraph(
        text('一次函数的一般形式是 '),
        { type: 'blank', attrs: { answer: 'y=kx+b', width: null } },
        text('，其中 k '),
        { type: 'blank', attrs: { answer: '不等于零', width: 8 } },
        text('。'),
      ),
    ),
  );
  const blanks = (json: JSONContent) => allNodes(json).filter((node) => node.type === 'blank');

  test('the 学生版 hides every answer and keeps each blank as long as its answer or its width.', () => {
    const student = edition(source, 'student');
    expect(blanks(student).map((node) => node.attrs)).toEqual([
      { suggestion: null, answer: '', width: blankWidth({ answer: 'y=kx+b' }) },
      { suggestion: null, answer: '', width: 8 },
    ]);
    expect(JSON.stringify(student)).not.toContain('y=kx+b');
    expect(JSON.stringify(student)).not.toContain('不等于零');
    expect(normaliseGuideJson(student)).toEqual(student);
  });

  test('the 教师版 keeps every answer on its blank.', () => {
    const teacher = edition(source, 'teacher');
    expect(blanks(teacher).map((node) => node.attrs?.answer)).toEqual(['y=kx+b', '不等于零']);
  });

  test('edition() leaves the source document as it was.', () => {
    const before = structuredClone(source);
    edition(source, 'student');
    expect(source).toEqual(before);
  });

  test('a blank is as long as its answer plus room for handwriting, never shorter than the minimum.', () => {
    expect(blankWidth({ answer: '', width: null })).toBe(minimumBlankWidth);
    expect(blankWidth({ answer: '二', width: null })).toBe(minimumBlankWidth);
    expect(blankWidth({ answer: '正比例函数关系', width: null })).toBe(9);
    expect(blankWidth({ answer: 'y=kx+b', width: null })).toBe(5);
    expect(blankWidth({ answer: 'y=kx+b', width: 10 })).toBe(10);
  });
});
