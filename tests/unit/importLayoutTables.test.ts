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
});
