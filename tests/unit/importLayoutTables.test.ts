import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { edition } from '../../shared/edition/edition.ts';
import { guideFromSource } from '../../server/import/guideFromSource.ts';
import type { SourceElement, SourceParagraph, SourceTable, SourceTableCell } from '../../server/import/sourceElements.ts';

function line(text: string): SourceParagraph {
  return { type: 'paragraph', segments: [{ text }], headingLevel: null, styleName: null, list: null, indented: false, centered: false, bookmarks: [], ruledLine: false };
}

function cell(...texts: string[]): SourceTableCell {
  const paragraphs = texts.map(line);
  return { header: false, colSpan: 1, rowSpan: 1, paragraphs, elements: paragraphs, width: null };
}

function table(...rows: string[][][]): SourceTable {
  return { type: 'table', rows: rows.map((row) => row.map((texts) => cell(...texts))) };
}

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('\n');
}

function imported(elements: SourceElement[]) {
  const guide = guideFromSource(elements);
  return { ...guide, student: textOf(edition(guide.content, 'student')), teacher: textOf(guide.content) };
}

describe('layout tables of an imported guide', () => {
  it('reads a 学案 | 二次备课 table as blocks, with the teacher’s column for the teacher only, even when its labels are numbered', () => {
    const guide = imported([
      line('课题：地球的运动　主备人：邱敏'),
      table(
        [['学　案'], ['二次备课']],
        [['第一环节　目标导学（2分钟）', '1．说出地球自转的方向和周期。'], ['用“坐地日行八万里”导入。']],
        [['第二环节　自主学习（8分钟）', '1．地球自转一周的时间约为________。'], ['学生常把地轴写成太阳，注意纠正。']],
      ),
    ]);
    expect(guide.blocks.map((block) => [block.kind, block.title, block.minutes])).toEqual([
      ['objectives', '目标导学', 2],
      ['selfStudy', '自主学习', 8],
    ]);
    expect(guide.blocks[1].questionCount).toBe(1);
    expect(guide.teacher).toContain('坐地日行八万里');
    expect(guide.student).not.toContain('坐地日行八万里');
    expect(guide.student).not.toContain('注意纠正');
  });

  it('reads a column by the words of its title (学生学习活动 | 教师指导), so the teacher’s column never reaches the 学生版', () => {
    const guide = imported([
      table(
        [['环节'], ['学生学习活动'], ['教师指导']],
        [['学习目标'], ['1．感受创新给生活带来的变化。'], ['以“扫码支付”的图片导入。']],
        [['自主学习'], ['1．________是引领发展的第一动力。'], ['同桌互查，教师抽查。']],
      ),
    ]);
    expect(guide.blocks.map((block) => [block.kind, block.title])).toEqual([
      ['objectives', '学习目标'],
      ['selfStudy', '自主学习'],
    ]);
    expect(guide.teacher).toContain('扫码支付');
    expect(guide.student).not.toContain('扫码支付');
    expect(guide.student).not.toContain('教师抽查');
  });

  it('reads a label printed in a one-cell table of its own (a banner) as the label of the lines under it', () => {
    const guide = imported([table([['学习目标']]), line('1．掌握有理数的乘法法则。'), table([['当堂检测']]), line('1．(−2)×3的结果是（　　）A．−6　B．6')]);
    expect(guide.blocks.map((block) => [block.kind, block.title, block.questionCount])).toEqual([
      ['objectives', '学习目标', 0],
      ['check', '当堂检测', 1],
    ]);
  });

  it('gives an 答案 column’s text to the item beside it as its answer, also under a label cell merged down over the rows', () => {
    const merged = (texts: string[], column: number, rowSpan = 1) => ({ ...cell(...texts), column, rowSpan });
    const guide = imported([
      {
        type: 'table',
        rows: [
          [merged(['环节'], 0), merged(['内容'], 1), merged(['答案'], 2)],
          [merged(['课前预习'], 0, 2), merged(['1．电荷之间的相互作用是通过________发生的。'], 1), merged(['电场'], 2)],
          [merged(['2．电场强度的单位是________。'], 1), merged(['N/C（或V/m）'], 2)],
        ],
      },
    ]);
    expect(guide.blocks.map((block) => [block.kind, block.title, block.questionCount])).toEqual([['selfStudy', '课前预习', 2]]);
    expect(guide.student).not.toContain('电场。');
    expect(guide.student).not.toContain('V/m');
    expect(guide.teacher).toContain('V/m');
  });

  it('leaves a label column under a title spanning it (学案内容 over label and content) to name its rows', () => {
    const spanning = (texts: string[], column: number, colSpan = 1) => ({ ...cell(...texts), column, colSpan });
    const guide = imported([
      {
        type: 'table',
        rows: [
          [spanning(['学案内容'], 0, 2), spanning(['问题记录'], 2)],
          [spanning(['目标', '导学'], 0), spanning(['1．了解中华文明起源的考古发现。'], 1), spanning([''], 2)],
          [spanning(['课堂', '检测'], 0), spanning(['1．我国境内已知最早的人类是（　　）'], 1), spanning(['我的疑问'], 2)],
        ],
      },
    ]);
    expect(guide.blocks.map((block) => [block.kind, block.title])).toEqual([
      ['objectives', '目标导学'],
      ['check', '课堂检测'],
    ]);
  });
});
