import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { edition } from '../../shared/edition/edition.ts';
import { guideFromSource } from '../../server/import/guideFromSource.ts';
import type { SourceParagraph } from '../../server/import/sourceElements.ts';

function line(text: string, options: Partial<SourceParagraph> = {}): SourceParagraph {
  return { type: 'paragraph', segments: [{ text }], headingLevel: null, styleName: null, list: null, indented: false, centered: false, bookmarks: [], ruledLine: false, ...options };
}

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('\n');
}

/** Each block's title with the answers its questions hold, in order ('' for a question without one). */
function answersByBlock(content: JSONContent): [string, string[]][] {
  return (content.content ?? []).map((block) => [
    String(block.attrs?.title),
    (block.content ?? []).filter((node) => node.type === 'question').map((question) => textOf((question.content ?? []).find((node) => node.type === 'answer') ?? {}).trim()),
  ]);
}

describe('answer keys of an imported guide', () => {
  it('reads a 教师版·含答案 part at the end as the answers of the items, its block names as headings of the key', () => {
    const guide = guideFromSource([
      line('《春》导学案', { headingLevel: 1 }),
      line('学习目标', { headingLevel: 2 }),
      line('1．有感情地朗读课文。'),
      line('预习检测', { headingLevel: 2 }),
      line('1．给下列加点字注音。朗润（　　）'),
      line('2．“欣欣然”的意思是________。'),
      line('当堂检测', { headingLevel: 2 }),
      line('1．下列句子没有使用比喻修辞的一项是（　　）'),
      line('2．“吹面不寒杨柳风”的下一句是________。'),
      line('教师版·含答案', { headingLevel: 1 }),
      line('预习检测', { segments: [{ text: '预习检测', bold: true }] }),
      line('1．rùn　2．高兴的样子'),
      line('当堂检测', { segments: [{ text: '当堂检测', bold: true }] }),
      line('1．C　2．沾衣欲湿杏花雨'),
    ]);
    expect(answersByBlock(guide.content)).toEqual([
      ['学习目标', []],
      ['预习检测', ['rùn', '高兴的样子']],
      ['当堂检测', ['C', '沾衣欲湿杏花雨']],
    ]);
    expect(textOf(edition(guide.content, 'student'))).not.toContain('沾衣欲湿杏花雨');
  });

  it('gives a key’s 探究一：… answer to the task prompt of the same name', () => {
    const guide = guideFromSource([
      line('一、预习反馈'),
      line('1．汉初实行________政策。'),
      line('二、课堂探究'),
      line('探究一：汉武帝采取了哪些措施巩固大一统？'),
      line('探究二：东汉后期为什么出现外戚、宦官交替专权？'),
      line('答案与解析'),
      line('一、预习反馈　1．休养生息'),
      line('二、课堂探究'),
      line('探究二：皇帝多幼年即位，外戚掌权；皇帝长大后依靠宦官夺权。'),
    ]);
    expect(answersByBlock(guide.content)).toEqual([
      ['预习反馈', ['休养生息']],
      ['课堂探究', ['', '皇帝多幼年即位，外戚掌权；皇帝长大后依靠宦官夺权。']],
    ]);
  });

  it('gives 答案：4．… written after items 4 and 5 to item 4', () => {
    const guide = guideFromSource([
      line('【合作探究】'),
      line('4．氯水中起漂白作用的物质是什么？'),
      line('5．为什么不直接用氯水漂白？'),
      line('答案：4．HClO'),
    ]);
    expect(answersByBlock(guide.content)).toEqual([['合作探究', ['HClO', '']]]);
  });

  it('reads an English Keys: section, choice answers given as a range (1-5 BCBAB)', () => {
    const items = ['1. I ______ them.  A. love  B. can’t stand', '2. I plan ______ the news.  A. watch  B. to watch', '3. Do you mind ______ the window?  A. open  B. opening', '4. You can ______ a lot.  A. learn  B. learns', '5. What ______ yesterday?  A. happens  B. happened', '6. We had a ______ (discuss).', '7. I ______ (expect) to see you.'];
    const guide = guideFromSource([
      line('【Learning aims】'),
      line('1. To talk about preferences.'),
      // Items numbered 1 and 2 before the exercises: a choice letter is not their answer.
      line('【While-listening】'),
      line('1. Listen and number the TV shows you hear.'),
      line('2. What does Sally think of the news? Fill in the chart.'),
      line('【Exercises】'),
      ...items.map((item) => line(item)),
      line('Keys:'),
      line('1-5 BCBAB'),
      line('6. discussion  7. expect'),
    ]);
    expect(answersByBlock(guide.content)).toEqual([
      ['Learning aims', []],
      ['While-listening', ['', '']],
      ['Exercises', ['B', 'C', 'B', 'A', 'B', 'discussion', 'expect']],
    ]);
  });

  it('reads a key table (题号 | 1 | 2 over 答案 | A | B) as answers, never as content of the last block', () => {
    const cells = (...texts: string[]) => texts.map((text) => ({ header: false, colSpan: 1, rowSpan: 1, paragraphs: [line(text)], width: null }));
    const guide = guideFromSource([
      line('【当堂检测】'),
      line('1．(−2)×3的结果是（　　）A．−6　B．6'),
      line('2．−1/3的倒数是（　　）A．3　B．−3'),
      line('3．计算(−4)×(−0.25)=________。'),
      line('参考答案'),
      { type: 'table', rows: [cells('题号', '1', '2', '3'), cells('答案', 'A', 'B', '1')] },
    ]);
    expect(answersByBlock(guide.content)).toEqual([['当堂检测', ['A', 'B', '1']]]);
    expect(JSON.stringify(guide.content)).not.toContain('题号');
  });

  it('reads a block name in the middle of a key line (【自主学习】1．… 2．… 【当堂检测】1．B) as the heading of the answers after it', () => {
    const guide = guideFromSource([
      line('【自主学习】'),
      line('1．形如 y=ax²+bx+c 的函数叫做________。'),
      line('2．正方形的面积y与边长x的关系式是________。'),
      line('【当堂检测】'),
      line('1．下列函数是二次函数的是（　　）A．y=2x+1　B．y=x²−1'),
      line('参考答案'),
      line('【自主学习】1．二次函数　2．y=x²　【当堂检测】1．B'),
    ]);
    expect(answersByBlock(guide.content)).toEqual([
      ['自主学习', ['二次函数', 'y=x²']],
      ['当堂检测', ['B']],
    ]);
  });
});
