import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { blockKinds } from '../../shared/editor/blockKinds.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { edition, teacherOnlyReason } from '../../shared/edition/edition.ts';
import { blockHeading, chineseNumeral, parseChineseNumeral } from '../../shared/edition/blockHeading.ts';
import { tierMark } from '../../shared/edition/tierMark.ts';
import { block, doc, para, question, teacherNote } from '../helpers/guideBuilders.ts';

const demoGuide = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../server/seed/demoGuide.json', import.meta.url)), 'utf8'),
) as JSONContent;

/** Every node of a tree, depth first. */
function allNodes(node: JSONContent): JSONContent[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

function textOf(node: JSONContent): string {
  return allNodes(node)
    .map((child) => child.text ?? '')
    .join('');
}

/** One block of the kind with a paragraph, a tiered question with an answer and a margin note. */
function blockOfKind(kind: string, audience: 'all' | 'teacher'): JSONContent {
  return block(
    `${kind}-${audience}`,
    kind,
    [
      para(`${kind} 的说明：形如 ________ 的函数`),
      question(`${kind}-q`, `${kind} 的题目`, { tier: 'B', answer: `${kind} 的答案` }),
      teacherNote(`${kind}-note`, `${kind} 的复备`),
    ],
    { title: `${kind} 标题`, minutes: 5, audience },
  );
}

describe('edition()', () => {
  describe.each(blockKinds)('on a %s block', (kind) => {
    const source = doc(blockOfKind(kind, 'all'), blockOfKind(kind, 'teacher'));

    it('keeps a block for everyone in the 学生版 with its title, minutes, text, blanks, tier and answer lines', () => {
      const student = edition(source, 'student');
      expect(student.content).toHaveLength(1);
      const [kept] = student.content ?? [];
      expect(kept).toMatchObject({ type: kind, attrs: { title: `${kind} 标题`, minutes: 5, audience: 'all' } });
      expect(textOf(kept)).toContain('________');
      const printedQuestion = (kept.content ?? []).find((node) => node.type === 'question');
      expect(printedQuestion?.attrs).toMatchObject({ tier: 'B', answerLines: 2 });
      expect(textOf(kept)).toContain(`${kind} 的题目`);
    });

    it('drops the answer, the margin note and the teacher-only block from the 学生版', () => {
      const student = edition(source, 'student');
      const types = allNodes(student).map((node) => node.type);
      expect(types).not.toContain('answer');
      expect(types).not.toContain('teacherNote');
      expect(textOf(student)).not.toContain('的答案');
      expect(textOf(student)).not.toContain('的复备');
      expect(student.content?.some((node) => node.attrs?.audience === 'teacher')).toBe(false);
    });

    it('keeps everything in the 教师版, with the teacher-only parts recognisable', () => {
      const teacher = edition(source, 'teacher');
      expect(teacher).toEqual(source);
      const reasons = allNodes(teacher).map(teacherOnlyReason).filter(Boolean);
      expect(reasons).toEqual(expect.arrayContaining(['teacherBlock', 'answer', 'teacherNote']));
    });
  });

  it('leaves its input unchanged', () => {
    const source = doc(blockOfKind('check', 'all'), blockOfKind('teacherInput', 'teacher'));
    const before = structuredClone(source);
    edition(source, 'student');
    edition(source, 'teacher');
    expect(source).toEqual(before);
  });

  it('gives a 学生版 of the seeded guide that is still valid for the schema, without its 精讲点拨', () => {
    const student = edition(demoGuide, 'student');
    expect(() => normaliseGuideJson(student)).not.toThrow();
    expect(student.content?.map((node) => node.type)).not.toContain('teacherInput');
    expect(allNodes(student).filter((node) => node.type === 'question').length).toBe(
      allNodes(demoGuide).filter((node) => node.type === 'question').length,
    );
  });

  it('keeps a block valid when its only content was a margin note', () => {
    const source = doc(block('only-note', 'summary', [teacherNote('n1', '只给老师看')]));
    const student = edition(source, 'student');
    expect(student.content?.[0].content).toEqual([{ type: 'paragraph' }]);
    expect(() => normaliseGuideJson(student)).not.toThrow();
  });

  it('prints the document as it stands before pending suggestions are accepted', () => {
    const suggestion = { id: 's1', author: 'user-zhangwei', createdAt: '2026-01-01T00:00:00.000Z' };
    const source = doc(
      block('b1', 'selfStudy', [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '原文' },
            { type: 'text', text: '建议加上', marks: [{ type: 'suggestInsert', attrs: suggestion }] },
            { type: 'text', text: '建议删去', marks: [{ type: 'suggestDelete', attrs: suggestion }, { type: 'bold' }] },
          ],
        },
      ]),
    );
    for (const kind of ['student', 'teacher'] as const) {
      const printed = edition(source, kind);
      expect(textOf(printed)).toBe('原文建议删去');
      const marks = allNodes(printed).flatMap((node) => node.marks ?? []);
      expect(marks).toEqual([{ type: 'bold' }]);
    }
  });
});

describe('the printed labels both renderers share', () => {
  it('numbers sections the Chinese way and reads the numbers back', () => {
    expect([1, 2, 9, 10, 11, 12, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十二', '二十', '二十一', '九十九']);
    for (let value = 1; value <= 99; value += 1) expect(parseChineseNumeral(chineseNumeral(value))).toBe(value);
    expect(parseChineseNumeral('十十')).toBeNull();
  });

  it('writes a block heading with its minutes only when it has them', () => {
    expect(blockHeading({ number: 2, title: '自主学习', minutes: 10 })).toBe('二、自主学习（10分钟）');
    expect(blockHeading({ number: 11, title: '学后反思', minutes: null })).toBe('十一、学后反思');
  });

  it('marks tiers as 【A组】, 【基础】 and ★', () => {
    expect(['A', 'c', '基础', '选做', '★', '☆', null, ''].map(tierMark)).toEqual(['【A组】', '【C组】', '【基础】', '【选做】', '★', '★', '', '']);
  });
});
