import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { choiceColumns, paragraphOptions, withChoiceOptions, type ChoiceOption } from '../../shared/edition/choiceOptions.ts';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const plain = (options: ChoiceOption[] | null) => options?.map((option) => `${option.letter}:${option.content.map((node) => node.text ?? `[${node.type}]`).join('')}`);

describe('choice options as teachers type them', () => {
  it('splits a line of two options typed with full-width spaces, keeping marks and formulas', () => {
    const line = paragraph(
      text('\u3000A. 一次函数一定是'),
      text('正比例函数', [{ type: 'bold' }]),
      text('\u3000B. '),
      { type: 'inlineMath', attrs: { latex: 'y=x^2' } },
      text(' 是一次函数'),
    );
    const options = paragraphOptions(line, 'A');
    expect(plain(options)).toEqual(['A:一次函数一定是正比例函数', 'B:[inlineMath] 是一次函数']);
    expect(options![0].content[1]).toEqual(text('正比例函数', [{ type: 'bold' }]));
  });

  it('reads A．/A、 markers, and refuses a line that does not start with the expected letter', () => {
    expect(plain(paragraphOptions(paragraph(text('A．3  B．4  C．5  D．6')), 'A'))).toEqual(['A:3', 'B:4', 'C:5', 'D:6']);
    expect(plain(paragraphOptions(paragraph(text('C、甲 D、乙')), 'C'))).toEqual(['C:甲', 'D:乙']);
    expect(paragraphOptions(paragraph(text('下列说法正确的是（　）A. 对')), 'A')).toBeNull();
    expect(paragraphOptions(paragraph(text('B. 对')), 'A')).toBeNull();
    // An A inside a word is no option: "GDP" or "A.M." mid-sentence.
    expect(paragraphOptions(paragraph(text('读图回答：B.C. 时期')), 'A')).toBeNull();
  });

  it('gathers options over two lines into one run, leaves the stem and what follows alone', () => {
    const stem = paragraph(text('下列说法正确的是（　）'));
    const ab = paragraph(text('\u3000A. 一次函数一定是正比例函数\u3000B. 正比例函数一定是一次函数'));
    const cd = paragraph(text('\u3000C. y = 1/x + 1 是一次函数\u3000D. y = x² 是一次函数'));
    const after = paragraph(text('说明理由。'));
    const parts = withChoiceOptions([stem, ab, cd, after]);
    expect(parts.map((part) => part.kind)).toEqual(['node', 'choices', 'node']);
    const run = parts[1];
    if (run.kind !== 'choices') throw new Error('no options');
    expect(run.options.map((option) => option.letter)).toEqual(['A', 'B', 'C', 'D']);
    // Each takes about a third of a line: two to a row.
    expect(run.columns).toBe(2);
  });

  it('lays out as fits: four short options in one row, long ones one to a line', () => {
    const short = paragraphOptions(paragraph(text('A. 3 B. −3 C. ±3 D. 9')), 'A')!;
    expect(choiceColumns(short)).toBe(4);
    const long = paragraphOptions(
      paragraph(text('A. 当 k > 0 时，y 随 x 的增大而增大，图象经过第一、三象限并且一定经过原点 B. 当 k < 0 时，y 随 x 的增大而减小')),
      'A',
    )!;
    expect(choiceColumns(long)).toBe(1);
    // A single line starting with A. is not a run of options.
    expect(withChoiceOptions([paragraph(text('A. 只有一个'))]).map((part) => part.kind)).toEqual(['node']);
  });
});
