import { describe, expect, it } from 'vitest';
import { guideFromSource } from '../../server/import/guideFromSource.ts';
import type { SourceParagraph } from '../../server/import/sourceElements.ts';

function line(text: string): SourceParagraph {
  return { type: 'paragraph', segments: [{ text }], headingLevel: null, styleName: null, list: null, indented: false, centered: false, bookmarks: [], ruledLine: false };
}

/** How many items each block of the imported guide has, by its title. */
function itemCounts(lines: string[]): Record<string, number> {
  return Object.fromEntries(guideFromSource(lines.map(line)).blocks.map((block) => [block.title, block.questionCount]));
}

describe('task prompts of an imported guide', () => {
  it('makes the one writing task of a homework block its item, in Chinese and in English', () => {
    expect(
      itemCounts(['【学习目标】', '1．理清文章思路。', '【拓展延伸】', '仿照课文“春花图”的写法，写一段描写家乡秋天的文字，不少于150字。', '【Homework】', 'Write a short passage about your favorite TV show (about 60 words).']),
    ).toEqual({ 学习目标: 0, 拓展延伸: 1, Homework: 1 });
  });

  it('leaves a homework block of plain notes without items', () => {
    expect(itemCounts(['【学习目标】', '1．理清文章思路。', '【课后作业】', '本周五前交到课代表处。'])).toEqual({ 学习目标: 0, 课后作业: 0 });
  });
});
