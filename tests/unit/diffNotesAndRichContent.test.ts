import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { diff } from '../../shared/diff/diff.ts';
import type { DiffPart } from '../../shared/schemas/diff.ts';
import { documentDiffSchema } from '../../shared/schemas/diff.ts';
import { block, clone, doc, para, question, teacherNote } from '../helpers/guideBuilders.ts';

const checkBlock = () =>
  block(
    'check',
    'check',
    [
      question('q1', '下列函数中，哪些是一次函数？', { tier: 'A', answer: '①③' }),
      question('q2', '已知一次函数 y=kx+b 的图象经过点 (0,1) 和 (1,3)，求它的解析式。', { tier: 'B', answer: 'y=2x+1' }),
      question('q3', '画出函数 y=2x+1 的图象。', { tier: 'C' }),
    ],
    { title: '当堂检测', minutes: 8 },
  );

function inlineMath(latex: string): JSONContent {
  return { type: 'inlineMath', attrs: { latex } };
}

function figure(src: string, alt = ''): JSONContent {
  return { type: 'image', attrs: { src, alt, title: null, width: null, height: null } };
}

function changed(parts: DiffPart[]): DiffPart[] {
  return parts.filter((part) => part.kind !== 'equal');
}

describe('diffs leave the class teacher’s 复备批注 out', () => {
  it('a note between two questions changes nothing: no new question, no deleted words', () => {
    const final = doc(checkBlock());
    const copy = clone(final);
    copy.content![0].content!.splice(1, 0, teacherNote('n1', '（2）班基础弱，这里先让学生口答，再板演一题'));
    const result = diff(final, copy);
    expect(result.stats).toEqual({ blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
    expect(result.blocks[0].status).toBe('unchanged');
    expect(changed(result.blocks[0].parts)).toEqual([]);
  });

  it('still shows the teacher’s own change next to a note, and only that', () => {
    const final = doc(checkBlock());
    const copy = clone(final);
    copy.content![0].content!.splice(2, 0, teacherNote('n1', '这里多举一例'));
    copy.content![0].content![3].content![0] = para('画出函数 y=2x+1 和 y=-x+1 的图象。');
    const result = diff(final, copy);
    const parts = changed(result.blocks[0].parts);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ kind: 'insert' });
    expect(parts[0].text.trim()).toBe('和 y=-x+1');
    expect(result.stats.wordsDeleted).toBe(0);
    expect(result.stats.wordsInserted).toBeGreaterThan(0);
  });
});

describe('diffs of formulas and figures', () => {
  const withFormula = (latex: string) =>
    doc(block('self', 'selfStudy', [{ type: 'paragraph', content: [{ type: 'text', text: '化简 ' }, inlineMath(latex), { type: 'text', text: ' 的结果。' }] }], { title: '自主学习' }));

  it('a changed formula shows the old LaTeX deleted and the new inserted, the text around it unchanged', () => {
    const result = diff(withFormula('\\frac{1}{2}'), withFormula('\\sqrt{2}'));
    expect(result.stats.blocksChanged).toBe(1);
    const parts = result.blocks[0].parts;
    expect(changed(parts)).toEqual([
      { kind: 'delete', text: '\uFFFC', atom: { type: 'inlineMath', latex: '\\frac{1}{2}' } },
      { kind: 'insert', text: '\uFFFC', atom: { type: 'inlineMath', latex: '\\sqrt{2}' } },
    ]);
    expect(parts.filter((part) => part.kind === 'equal').map((part) => part.text).join('')).toBe('化简  的结果。');
    expect(result.stats).toMatchObject({ wordsInserted: 1, wordsDeleted: 1 });
    expect(documentDiffSchema.parse(result)).toEqual(result);
  });

  it('an unchanged formula is no change, and keeps its LaTeX for the view', () => {
    const result = diff(withFormula('x^{2}'), withFormula('x^{2}'));
    expect(result.stats.blocksChanged).toBe(0);
    expect(result.blocks[0].parts.find((part) => part.atom)).toEqual({ kind: 'equal', text: '\uFFFC', atom: { type: 'inlineMath', latex: 'x^{2}' } });
  });

  it('a changed display formula among equal ones is found even when the text is the same', () => {
    const display = (latex: string) => ({ type: 'blockMath', attrs: { latex } });
    const a = doc(block('self', 'selfStudy', [display('a^2+b^2=c^2'), para('勾股定理'), display('S=\\pi r^2')]));
    const b = doc(block('self', 'selfStudy', [display('a^2+b^2=c^2'), para('勾股定理'), display('C=2\\pi r')]));
    const result = diff(a, b);
    expect(changed(result.blocks[0].parts)).toEqual([
      { kind: 'delete', text: '\uFFFC', atom: { type: 'blockMath', latex: 'S=\\pi r^2' } },
      { kind: 'insert', text: '\uFFFC', atom: { type: 'blockMath', latex: 'C=2\\pi r' } },
    ]);
  });

  it('a replaced figure shows both pictures', () => {
    const old = `/api/files/${'a'.repeat(64)}`;
    const next = `/api/files/${'b'.repeat(64)}`;
    const a = doc(block('group', 'mutualLearning', [para('观察下图：'), figure(old, '坐标系')]));
    const b = doc(block('group', 'mutualLearning', [para('观察下图：'), figure(next, '坐标系')]));
    const result = diff(a, b);
    expect(changed(result.blocks[0].parts)).toEqual([
      { kind: 'delete', text: '\uFFFC', atom: { type: 'image', src: old, alt: '坐标系' } },
      { kind: 'insert', text: '\uFFFC', atom: { type: 'image', src: next, alt: '坐标系' } },
    ]);
  });
});
