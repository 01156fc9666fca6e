import { describe, expect, it } from 'vitest';
import { guideFromSource } from '../../server/import/guideFromSource.ts';
import type { SourceParagraph } from '../../server/import/sourceElements.ts';

function line(text: string): SourceParagraph {
  return { type: 'paragraph', segments: [{ text }], headingLevel: null, styleName: null, list: null, indented: false, centered: false, bookmarks: [], ruledLine: false };
}

/** Who each block of the imported guide is for, by its title. */
function audiences(lines: string[]): Record<string, string> {
  const { blocks } = guideFromSource(lines.map(line));
  return Object.fromEntries(blocks.map((block) => [block.title, block.audience]));
}

describe('teacher input in an imported guide', () => {
  it('keeps 精讲点拨 with items the students work through in the 学生版, and teacher talk for the teacher', () => {
    expect(
      audiences([
        '【学习目标】',
        '1．说出欧姆定律的内容。',
        '【精讲点拨】',
        '1．一段导体两端的电压是6 V，通过它的电流是0.3 A，它的电阻是多少？',
        '【点拨小结】',
        '强调公式中的物理量必须对应同一导体、同一时刻。',
      ]),
    ).toMatchObject({ 精讲点拨: 'all', 点拨小结: 'teacher' });
  });

  it('leaves a teacher input block with items to the teacher when its label says it is the teacher’s', () => {
    expect(audiences(['【学习目标】', '1．说出欧姆定律的内容。', '【精讲点拨】（教师用）', '1．一段导体两端的电压是6 V，它的电阻是多少？'])).toMatchObject({ 精讲点拨: 'teacher' });
  });
});
