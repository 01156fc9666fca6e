import fc from 'fast-check';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../shared/diff/blockText.ts';
import { diff } from '../../shared/diff/diff.ts';
import type { DiffPart } from '../../shared/schemas/diff.ts';
import { block, doc, para } from '../helpers/guideBuilders.ts';

// Words teachers write, in Chinese, English and mathematics, so the segmenter meets all three.
const vocabulary = ['一次函数', '正比例', '先', '复习', '的', '，', '。', '学生', '讨论', 'y=kx+b', 'k', ' ', 'Unit', 'linear', '3.14', '（', '）', '\n', '①'];
const text = fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }).map((words) => words.join(''));
const paragraphs = fc.array(text.filter((value) => !value.includes('\n')), { minLength: 1, maxLength: 4 });
const blockTypes = ['objectives', 'selfStudy', 'mutualLearning', 'check', 'section'] as const;

/** A guide of up to six blocks with ids from a small pool, so two guides share some blocks and not others. */
const guide = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      type: fc.constantFrom(...blockTypes),
      minutes: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
      paragraphs,
    }),
    { selector: (entry) => entry.id, minLength: 1, maxLength: 6 },
  )
  .map((blocks) => doc(...blocks.map((entry) => block(entry.id, entry.type, entry.paragraphs.map(para), { minutes: entry.minutes }))));

/** The text of a side of the diff: every part except those of the other side. */
function keptText(parts: DiffPart[], leftOut: DiffPart['kind']): string {
  return parts
    .filter((part) => part.kind !== leftOut)
    .map((part) => part.text)
    .join('');
}

function documentText(json: JSONContent): string {
  return (json.content ?? []).map((node) => blockText(node).text).join('\u0000');
}

/** Hundreds of random guides per property: seconds of work on a busy machine. */
const propertyTimeout = 60_000;

describe('diff properties', () => {
  it('finds no change between any guide and itself', () => {
    fc.assert(
      fc.property(guide, (json) => {
        const result = diff(json, structuredClone(json));
        expect(result.stats).toEqual({ blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 });
        expect(result.blocks.every((entry) => entry.status === 'unchanged' && !entry.moved)).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, propertyTimeout);

  it('rebuilds b’s text from the kept and inserted words of diff(a, b), and a’s from the kept and deleted ones', () => {
    fc.assert(
      fc.property(guide, guide, (a, b) => {
        const result = diff(a, b);
        const textB = result.blocks
          .filter((entry) => entry.status !== 'deleted')
          .map((entry) => keptText(entry.parts, 'delete'))
          .join('\u0000');
        expect(textB).toBe(documentText(b));
        // The diff lists blocks in b's order; a's blocks are put back in a's order by their index in a.
        const textA = result.blocks
          .filter((entry) => entry.status !== 'inserted')
          .sort((left, right) => (left.fromIndex ?? 0) - (right.fromIndex ?? 0))
          .map((entry) => keptText(entry.parts, 'insert'))
          .join('\u0000');
        expect(textA).toBe(documentText(a));
      }),
      { numRuns: 300 },
    );
  }, propertyTimeout);

  it('counts changed blocks consistently with the blocks it reports', () => {
    fc.assert(
      fc.property(guide, guide, (a, b) => {
        const result = diff(a, b);
        const changed = result.blocks.filter((entry) => entry.status !== 'unchanged' || entry.moved).length;
        expect(result.stats.blocksChanged).toBe(changed);
        expect(result.stats.wordsInserted).toBe(result.blocks.reduce((sum, entry) => sum + entry.wordsInserted, 0));
        if (result.stats.blocksChanged === 0) expect(documentText(a)).toBe(documentText(b));
      }),
      { numRuns: 200 },
    );
  }, propertyTimeout);
});
