import type { JSONContent } from '@tiptap/core';
import { describe, expect, test } from 'vitest';
import { comparableText, copiesIdentical, guidesSimilar, jaccard, shingles } from '../../shared/check/similarity.ts';
import { blockOf, englishGuide, mathGuide, paragraph, question } from '../fixtures/check/guides.ts';

function clone(content: JSONContent): JSONContent {
  return structuredClone(content);
}

describe('guides.similar', () => {
  test('a guide handed in again with one check item added is ≥ 90% the same', () => {
    const original = mathGuide().content;
    const copy = clone(original);
    blockOf(copy, 'check').content?.push(question('一次函数 y = 3x − 2 中，k = ____。', { tier: 'A' }));
    const [finding] = guidesSimilar(copy, [{ label: '19.2.2 一次函数（张伟）', content: original }]);
    expect(finding.rule).toBe('guides.similar');
    expect(Number(finding.params.percent)).toBeGreaterThanOrEqual(90);
  });

  test('two different guides of the same grade are not similar', () => {
    expect(guidesSimilar(mathGuide().content, [{ label: 'Unit 6', content: englishGuide().content }])).toEqual([]);
  });

  test('a guide whose 自主学习 and 合作探究 were rewritten is below the threshold', () => {
    const original = mathGuide().content;
    const rewritten = clone(original);
    blockOf(rewritten, 'selfStudy').content = [
      paragraph('阅读教材第89页的四个实例，完成下表：写出每个实例中两个变量之间的关系式，并说明哪个量随哪个量变化。'),
      question('出租车起步价8元（3 km 内），之后每千米1.6元，车费 y 与路程 x（x>3）的关系式：y = ________'),
      question('水池有水 20 m³，每小时放水 2 m³，剩余水量 V 与时间 t 的关系式：V = ________'),
      paragraph('我的疑惑：________'),
    ];
    blockOf(rewritten, 'mutualLearning').content = [
      question('探究1：小组比较 y = 2x + 1 与 y = 2x 的表格，说说它们有什么相同和不同？'),
      question('探究2：k、b 各取什么值时，y = kx + b 是正比例函数？举出两个例子并说明理由。'),
    ];
    const similarity = jaccard(shingles(comparableText(original)), shingles(comparableText(rewritten)));
    expect(similarity).toBeLessThan(0.9);
    expect(guidesSimilar(rewritten, [{ label: '原稿', content: original }])).toEqual([]);
  });

  test('text the template wrote into both is not counted; short guides are not compared', () => {
    const starter = shingles('重点：难点：（一）新知预习（二）自主归纳（三）自学自测我的疑惑：本节课我学会了：我还存在的问题：');
    const stub = { type: 'doc', content: [{ type: 'selfStudy', attrs: { id: 's', title: '自主学习' }, content: [paragraph('我的疑惑：')] }] };
    expect(guidesSimilar(stub, [{ label: 'stub', content: clone(stub) }], starter)).toEqual([]);
  });
});

describe('copies.identical', () => {
  const final = mathGuide().content;

  test('taught and still the final word for word: no 二次备课', () => {
    expect(copiesIdentical(clone(final), final, { taught: true })).toEqual([{ rule: 'copies.identical', blockId: null, params: {} }]);
  });

  test('not yet taught: nothing to say', () => {
    expect(copiesIdentical(clone(final), final, { taught: false })).toEqual([]);
  });

  test('the 教后反思 block added on 已上课 does not count as adapting; a changed item does', () => {
    const copy = clone(final);
    copy.content?.push({ type: 'reflection', attrs: { id: 'taught-reflection', title: '教后反思' }, content: [paragraph('学生对 k≠0 理解到位。')] });
    expect(copiesIdentical(copy, final, { taught: true, ignoreBlockIds: ['taught-reflection'] })).toHaveLength(1);
    blockOf(copy, 'check').content?.push(question('本班加练：y = −x + 2 中，k = ____，b = ____。', { tier: 'A' }));
    expect(copiesIdentical(copy, final, { taught: true, ignoreBlockIds: ['taught-reflection'] })).toEqual([]);
  });
});
