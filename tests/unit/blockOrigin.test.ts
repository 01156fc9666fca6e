import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { guideSchema, normaliseGuideJson } from '../../shared/editor/schema.ts';
import { blockOriginLine } from '../../shared/edition/blockOriginLine.ts';
import { edition } from '../../shared/edition/edition.ts';
import { blockOriginOf, type BlockOrigin } from '../../shared/schemas/blockOrigin.ts';
import { block, doc, para } from '../helpers/guideBuilders.ts';

const origin: BlockOrigin = {
  guideId: 'guide-a',
  version: 2,
  versionLabel: '定稿 v2',
  title: '19.2.2 一次函数（第1课时）',
  group: '八年级数学备课组',
  term: '2025-2026学年第一学期',
};

function copiedBlock(): JSONContent {
  const copied = block('copied', 'mutualLearning', [para('小组讨论：k 的正负与图象的关系')], { title: '合作探究' });
  return { ...copied, attrs: { ...copied.attrs, origin } };
}

describe('the credit of a copied block (origin)', () => {
  it('is a block attribute of the one schema, null on a block written here', () => {
    const normalised = normaliseGuideJson(doc(copiedBlock(), block('own', 'check', [para('当堂检测')])));
    expect(normalised.content![0]!.attrs!.origin).toEqual(origin);
    expect(normalised.content![1]!.attrs!.origin).toBeNull();
  });

  it('prints in the 教师版 and is left out of the 学生版', () => {
    const guide = normaliseGuideJson(doc(copiedBlock()));
    expect(edition(guide, 'teacher').content![0]!.attrs!.origin).toEqual(origin);
    expect(edition(guide, 'student').content![0]!.attrs!.origin).toBeNull();
    expect(edition(guide, 'student').content![0]!.content).toEqual(edition(guide, 'teacher').content![0]!.content);
    expect(blockOriginLine(origin)).toBe('来源：《19.2.2 一次函数（第1课时）》 定稿 v2 · 八年级数学备课组 · 2025-2026学年第一学期');
  });

  it('reads anything that is not a credit as none', () => {
    expect(blockOriginOf({ guideId: 'guide-a' })).toBeNull();
    expect(blockOriginOf('来源')).toBeNull();
    expect(blockOriginOf(origin)).toEqual(origin);
  });

  it('goes into the HTML as JSON, as a copy and paste between editors carries it', () => {
    const schema = guideSchema();
    const node = schema.nodeFromJSON(normaliseGuideJson(copiedBlock()));
    const spec = schema.nodes.mutualLearning!.spec.toDOM!(node) as [string, Record<string, string>, ...unknown[]];
    expect(JSON.parse(spec[1]['data-origin']!)).toEqual(origin);
  });
});
