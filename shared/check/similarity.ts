import type { JSONContent } from '@tiptap/core';
import { edition } from '../edition/edition.ts';
import { guideBlocks, nodeText } from './guideText.ts';
import type { RawFinding } from './types.ts';

/** Characters per shingle: five characters of Chinese are about two or three words. */
export const shingleLength = 5;
/** guides.similar fires at this Jaccard similarity of the shingles or above. */
export const similarityThreshold = 0.9;
/** Guides with fewer shingles than this (a fresh template, a stub) are not compared. */
export const minimumShingles = 150;

/** The text a reader compares: the 学生版's block titles and content, without spaces or blanks' underlines. */
export function comparableText(doc: JSONContent): string {
  return guideBlocks(edition(doc, 'teacher'))
    .map((block) => `${block.title}${nodeText(block.node, { answers: false })}`)
    .join('')
    .replace(/[\s＿_\u3000]/g, '');
}

/** The set of character n-gram shingles of a text (hashed to numbers to keep the sets small). */
export function shingles(text: string, ignore: ReadonlySet<number> = new Set()): Set<number> {
  const set = new Set<number>();
  const characters = Array.from(text);
  for (let index = 0; index + shingleLength <= characters.length; index += 1) {
    let hash = 2166136261;
    for (let offset = 0; offset < shingleLength; offset += 1) {
      hash ^= characters[index + offset].codePointAt(0) ?? 0;
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    if (!ignore.has(hash)) set.add(hash);
  }
  return set;
}

/** Jaccard similarity of two shingle sets: shared / all. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface SimilarityCandidate {
  /** What the finding names: the other guide's title, or the class and teacher of a copy. */
  label: string;
  content: JSONContent;
}

/**
 * guides.similar: other guides (or copies) of the same grade whose text is nearly the same
 * (shingle similarity ≥ 0.9). `ignore` holds the shingles of the template's starter text, so
 * two guides do not look alike for what the template wrote into both.
 */
export function guidesSimilar(
  doc: JSONContent,
  others: SimilarityCandidate[],
  ignore: ReadonlySet<number> = new Set(),
): RawFinding[] {
  const own = shingles(comparableText(doc), ignore);
  if (own.size < minimumShingles) return [];
  return others.flatMap((other) => {
    const theirs = shingles(comparableText(other.content), ignore);
    if (theirs.size < minimumShingles) return [];
    const similarity = jaccard(own, theirs);
    if (similarity < similarityThreshold) return [];
    return [{ rule: 'guides.similar' as const, blockId: null, params: { other: other.label, percent: Math.floor(similarity * 100) } }];
  });
}

/**
 * copies.identical: a class copy marked 已上课 that still reads exactly as the final it was
 * made from: no 二次备课 was done. Blocks in `ignoreBlockIds` (the 教后反思 added when the
 * lesson was recorded) are left out of the comparison.
 */
export function copiesIdentical(
  copy: JSONContent,
  final: JSONContent,
  options: { taught: boolean; ignoreBlockIds?: readonly string[] },
): RawFinding[] {
  if (!options.taught) return [];
  const ignored = new Set(options.ignoreBlockIds ?? []);
  const text = (doc: JSONContent) =>
    guideBlocks(doc)
      .filter((block) => !block.id || !ignored.has(block.id))
      .map((block) => `${block.kind}|${block.title}|${block.minutes ?? ''}|${nodeText(block.node)}`)
      .join('\n');
  if (text(copy) !== text(final)) return [];
  return [{ rule: 'copies.identical', blockId: null, params: {} }];
}
