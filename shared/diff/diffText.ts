import type { DiffPart } from '../schemas/diff.ts';
import { diffTokens, type TokenDiff } from './diffTokens.ts';
import { tokenize } from './tokenize.ts';

/**
 * Word-level diff of two texts. Lines both texts start or end with are kept as they are
 * without tokenising them (a line break is always a token of its own, so cutting there gives
 * the same words): a teacher's edit usually touches one paragraph of a long block.
 */
export function diffText(a: string, b: string): TokenDiff {
  if (a === b) return { parts: a === '' ? [] : [{ kind: 'equal', text: a }], wordsInserted: 0, wordsDeleted: 0 };
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix += 1;
  // Keep whole lines only: the prefix ends just after a line break, the suffix starts with one.
  prefix = prefix === 0 ? 0 : a.lastIndexOf('\n', prefix - 1) + 1;
  const suffixStart = a.indexOf('\n', a.length - suffix);
  suffix = suffixStart < 0 ? 0 : a.length - suffixStart;

  const middle = diffTokens(tokenize(a.slice(prefix, a.length - suffix)), tokenize(b.slice(prefix, b.length - suffix)));
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
  return { parts, wordsInserted: middle.wordsInserted, wordsDeleted: middle.wordsDeleted };
}
