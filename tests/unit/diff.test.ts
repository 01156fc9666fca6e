import { describe, expect, it } from 'vitest';
import { blockText } from '../../shared/diff/blockText.ts';
import { diff, isBlockChanged } from '../../shared/diff/diff.ts';
import { tokenize } from '../../shared/diff/tokenize.ts';
import type { BlockDiff, DiffPart } from '../../shared/schemas/diff.ts';
import { documentDiffSchema } from '../../shared/schemas/diff.ts';
import { normaliseGuideJson } from '../../shared/editor/schema.ts';
import { block, bulletList, clone, doc, para, question, teacherNote } from '../helpers/guideBuilders.ts';

const base = doc(
  block('objectives', 'objectives', [bulletList('能说出一次函数的定义', '能写出一次函数的解析式')], { title: '学习目标', minutes: 2 }),
  block('self', 'selfStudy', [para('阅读课本第88页，完成下列问题。'), para('我的疑惑：')], { title: '自主学习', minutes: 10 }),
  block('group', 'mutualLearning', [para('小组讨论：一次函数与正比例函数有什么关系？')], { title: '合作探究', minutes: 12 }),
  block('check', 'check', [question('q1', '下列函数中，哪些是一次函数？', { tier: 'A', answer: '①③' })], { title: '当堂检测', minutes: 8 }),
);

function byId(blocks: BlockDiff[], id: string): BlockDiff {
  const found = blocks.find((entry) => entry.id === id);
  if (!found) throw new Error(`no block ${id} in the diff`);
  return found;
}

function textOf(parts: DiffPart[], kinds: DiffPart['kind'][]): string {
  return parts
    .filter((part) => kinds.includes(part.kind))
    .map((part) => part.text)
    .join('');
}

describe('diff between two guides', () => {
  it('reports no changes between identical documents', () => {
    const result = diff(base, clone(base));
    expect(result.stats).toEqual({ blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
    expect(result.blocks.map((entry) => entry.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(result.blocks.some(isBlockChanged)).toBe(false);
    expect(documentDiffSchema.parse(result)).toEqual(result);
  });

  it('reports an inserted block where it stands in the new document, with its words', () => {
    const changed = clone(base);
    changed.content!.splice(2, 0, block('extra', 'section', [para('补充练习：画出 y=2x+1 的图象')], { title: '补充练习' }));
    const result = diff(base, changed);
    expect(result.blocks.map((entry) => entry.id)).toEqual(['objectives', 'self', 'extra', 'group', 'check']);
    const inserted = byId(result.blocks, 'extra');
    expect(inserted).toMatchObject({ status: 'inserted', title: '补充练习', fromIndex: null, toIndex: 2, moved: false });
    expect(inserted.parts).toEqual([{ kind: 'insert', text: '补充练习：画出 y=2x+1 的图象' }]);
    expect(result.stats.blocksChanged).toBe(1);
    expect(result.stats.wordsDeleted).toBe(0);
    expect(result.stats.wordsInserted).toBe(inserted.wordsInserted);
    expect(result.stats.wordsInserted).toBeGreaterThan(3);
  });

  it('reports a deleted block after the block it followed', () => {
    const changed = clone(base);
    changed.content!.splice(1, 1);
    const result = diff(base, changed);
    expect(result.blocks.map((entry) => [entry.id, entry.status])).toEqual([
      ['objectives', 'unchanged'],
      ['self', 'deleted'],
      ['group', 'unchanged'],
      ['check', 'unchanged'],
    ]);
    const deleted = byId(result.blocks, 'self');
    expect(deleted).toMatchObject({ title: '自主学习', fromIndex: 1, toIndex: null });
    expect(textOf(deleted.parts, ['delete'])).toBe('阅读课本第88页，完成下列问题。\n我的疑惑：');
    expect(result.stats).toMatchObject({ blocksChanged: 1, wordsInserted: 0 });
    expect(result.stats.wordsDeleted).toBe(deleted.wordsDeleted);
  });

  it('detects a moved block without reporting its neighbours as moved', () => {
    const changed = clone(base);
    const [moved] = changed.content!.splice(3, 1);
    changed.content!.splice(1, 0, moved);
    const result = diff(base, changed);
    expect(result.blocks.map((entry) => entry.id)).toEqual(['objectives', 'check', 'self', 'group']);
    expect(result.blocks.filter((entry) => entry.moved).map((entry) => entry.id)).toEqual(['check']);
    expect(byId(result.blocks, 'check')).toMatchObject({ status: 'unchanged', fromIndex: 3, toIndex: 1 });
    expect(result.stats).toEqual({ blocksChanged: 1, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('reports a block replaced by another as one deletion and one insertion in the same place', () => {
    const changed = clone(base);
    changed.content![2] = block('debate', 'mutualLearning', [para('辩论：一次函数一定是正比例函数吗？')], { title: '合作探究' });
    const result = diff(base, changed);
    expect(result.blocks.map((entry) => [entry.id, entry.status])).toEqual([
      ['objectives', 'unchanged'],
      ['self', 'unchanged'],
      ['group', 'deleted'],
      ['debate', 'inserted'],
      ['check', 'unchanged'],
    ]);
    expect(result.stats.blocksChanged).toBe(2);
  });

  it('shows replaced words inside a block as deleted then inserted, keeping the rest', () => {
    const changed = clone(base);
    changed.content![1].content![0] = para('阅读课本第90页，独立完成下列问题。');
    const result = diff(base, changed);
    const self = byId(result.blocks, 'self');
    expect(self.status).toBe('modified');
    expect(textOf(self.parts, ['delete'])).toContain('88');
    expect(textOf(self.parts, ['insert'])).toContain('90');
    expect(textOf(self.parts, ['insert'])).toContain('独立');
    expect(textOf(self.parts, ['equal'])).toContain('完成下列问题');
    expect(textOf(self.parts, ['equal', 'delete'])).toBe(blockText(base.content![1]).text);
    expect(textOf(self.parts, ['equal', 'insert'])).toBe(blockText(changed.content![1]).text);
  });

  it('reports changed minutes, titles and audience as field changes, not as text', () => {
    const changed = clone(base);
    changed.content![1].attrs = { ...changed.content![1].attrs, minutes: 8, title: '预习导学', audience: 'teacher' };
    const result = diff(base, changed);
    const self = byId(result.blocks, 'self');
    expect(self.status).toBe('modified');
    expect(self.title).toBe('预习导学');
    expect(self.fields).toEqual([
      { field: 'title', from: '自主学习', to: '预习导学' },
      { field: 'minutes', from: 10, to: 8 },
      { field: 'audience', from: 'all', to: 'teacher' },
    ]);
    expect(self.parts.every((part) => part.kind === 'equal')).toBe(true);
    expect(result.stats).toEqual({ blocksChanged: 1, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('reports a question’s tier and answer as field changes matched by the question’s id', () => {
    const changed = clone(base);
    changed.content![3].content = [question('q1', '下列函数中，哪些是一次函数？', { tier: 'B', answer: '①③④' })];
    const result = diff(base, changed);
    const check = byId(result.blocks, 'check');
    expect(check.fields).toMatchObject([
      { field: 'tier', from: 'A', to: 'B', questionId: 'q1', questionNumber: 1 },
      { field: 'answer', from: '①③', to: '①③④', questionId: 'q1', questionNumber: 1 },
    ]);
    // The answer is not part of the block's text: the student sees the question, not the answer.
    expect(check.parts).toEqual([{ kind: 'equal', text: '下列函数中，哪些是一次函数？' }]);
    expect(result.stats.blocksChanged).toBe(1);
  });

  it('counts an inserted Chinese phrase in words, not in characters', () => {
    const changed = clone(base);
    changed.content![2].content = [para('先复习正比例函数小组讨论：一次函数与正比例函数有什么关系？')];
    const result = diff(base, changed);
    const group = byId(result.blocks, 'group');
    expect(group.parts[0]).toEqual({ kind: 'insert', text: '先复习正比例函数' });
    const words = tokenize('先复习正比例函数').filter((token) => token.word).length;
    expect(result.stats.wordsInserted).toBe(words);
    // 先 / 复习 / 正比例 / 函数: a handful of words, far fewer than its eight characters.
    expect(result.stats.wordsInserted).toBeGreaterThanOrEqual(3);
    expect(result.stats.wordsInserted).toBeLessThanOrEqual(5);
    expect(result.stats.wordsDeleted).toBe(0);
  });

  it('splits Chinese at word boundaries and keeps Latin words and formulas whole', () => {
    expect(tokenize('先复习正比例函数').map((token) => token.text)).toEqual(['先', '复习', '正比例', '函数']);
    expect(tokenize('一次函数 y=kx+b (k≠0) is linear.').map((token) => token.text)).toEqual([
      '一次',
      '函数',
      ' ',
      'y=kx+b',
      ' ',
      '(k≠0)',
      ' ',
      'is',
      ' ',
      'linear.',
    ]);
  });

  it('diffs mixed Chinese, English and mathematics word by word', () => {
    const a = doc(block('b', 'section', [para('Unit 6 复习：当 k>0 时，y 随 x 的增大而增大。')]));
    const b = doc(block('b', 'section', [para('Unit 7 复习：当 k<0 时，y 随 x 的增大而减小。Well done!')]));
    const result = diff(a, b);
    const parts = result.blocks[0].parts;
    // A lone full stop between two changes is shown as part of the change, which reads better.
    expect(parts.filter((part) => part.kind === 'delete').map((part) => part.text)).toEqual(['6', 'k>0', '增大。']);
    expect(parts.filter((part) => part.kind === 'insert').map((part) => part.text)).toEqual(['7', 'k<0', '减小。Well done!']);
    expect(result.stats).toEqual({ blocksChanged: 1, wordsInserted: 5, wordsDeleted: 3 });
  });

  it('leaves the class teacher’s margin notes (复备批注) out of the block’s text', () => {
    const changed = clone(base);
    changed.content![1].content!.splice(1, 0, teacherNote('n1', '（2）班基础弱，这里多举一例'));
    const result = diff(base, changed);
    const self = byId(result.blocks, 'self');
    expect(textOf(self.parts, ['insert', 'delete'])).toBe('');
    expect(self.status).toBe('unchanged');
  });

  it('accepts documents written by the editor, with every attribute filled in', () => {
    const normalised = normaliseGuideJson(base);
    expect(diff(normalised, normaliseGuideJson(clone(base))).stats.blocksChanged).toBe(0);
  });
});
