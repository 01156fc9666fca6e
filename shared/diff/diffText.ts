import type { DiffAtom, DiffPart } from '../schemas/diff.ts';
import { atomKey, atomPlaceholder } from './blockText.ts';
import { diffTokens, type TokenDiff } from './diffTokens.ts';
import { tokenize } from './tokenize.ts';

/**
 * Gives each U+FFFC of the parts its formula, figure or blank: a part of its own carrying the
 * atom. Deleted ones come from a's atoms, inserted and equal ones from b's (in order).
 */
function attachAtoms(parts: readonly DiffPart[], atomsA: readonly DiffAtom[], atomsB: readonly DiffAtom[]): DiffPart[] {
  if (atomsA.length === 0 && atomsB.length === 0) return [...parts];
  let indexA = 0;
  let indexB = 0;
  const result: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text.includes(atomPlaceholder)) {
      result.push(part);
      continue;
    }
    part.text.split(atomPlaceholder).forEach((piece, index) => {
      if (index > 0) {
        const fromA = part.kind !== 'insert' ? atomsA[indexA++] : undefined;
        const fromB = part.kind !== 'delete' ? atomsB[indexB++] : undefined;
        const atom = fromB ?? fromA;
        result.push(atom ? { kind: part.kind, text: atomPlaceholder, atom } : { kind: part.kind, text: atomPlaceholder });
      }
      if (piece !== '') result.push({ kind: part.kind, text: piece });
    });
  }
  return result;
}

const sameAtoms = (a: readonly DiffAtom[], b: readonly DiffAtom[]) =>
  a.length === b.length && a.every((atom, index) => atomKey(atom) === atomKey(b[index]));

/**
 * Word-level diff of two texts. Lines both texts start or end with are kept as they are
 * without tokenising them (a line break is always a token of its own, so cutting there gives
 * the same words): a teacher's edit usually touches one paragraph of a long block. With
 * `atomsA` / `atomsB` (from blockText with atoms), each U+FFFC is that formula, figure or
 * blank: compared by what it holds, and returned as a part of its own with its `atom`.
 */
export function diffText(a: string, b: string, atomsA: readonly DiffAtom[] = [], atomsB: readonly DiffAtom[] = []): TokenDiff {
  const atomsEqual = sameAtoms(atomsA, atomsB);
  if (a === b && atomsEqual) {
    return { parts: attachAtoms(a === '' ? [] : [{ kind: 'equal', text: a }], atomsA, atomsB), wordsInserted: 0, wordsDeleted: 0 };
  }
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  let suffix = 0;
  // Placeholders that look alike may stand for different formulas: trim only when they are all the same.
  if (atomsEqual) {
    while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
    while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix += 1;
    // Keep whole lines only: the prefix ends just after a line break, the suffix starts with one.
    prefix = prefix === 0 ? 0 : a.lastIndexOf('\n', prefix - 1) + 1;
    const suffixStart = a.indexOf('\n', a.length - suffix);
    suffix = suffixStart < 0 ? 0 : a.length - suffixStart;
  }

  // The atoms of the trimmed start are the same on both sides; the middle's keys follow them.
  const skipped = a.slice(0, prefix).split(atomPlaceholder).length - 1;
  const keysA = atomsA.map(atomKey).slice(skipped);
  const keysB = atomsB.map(atomKey).slice(skipped);
  const middle = diffTokens(tokenize(a.slice(prefix, a.length - suffix), keysA), tokenize(b.slice(prefix, b.length - suffix), keysB));
  const parts: DiffPart[] = [];
  const pushEqual = (text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === 'equal') last.text += text;
    else parts.push({ kind: 'equal', text });
  };
  pushEqual(a.slice(0, prefix));
  for (const part of middle.parts) {
    if (part.kind === 'equal') pushEqual(part.text);
    else parts.push({ ...part });
  }
  pushEqual(a.slice(a.length - suffix));
  return { parts: attachAtoms(parts, atomsA, atomsB), wordsInserted: middle.wordsInserted, wordsDeleted: middle.wordsDeleted };
}
