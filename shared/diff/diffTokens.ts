import type { DiffPart } from '../schemas/diff.ts';
import type { Token } from './tokenize.ts';

export interface TokenDiff {
  parts: DiffPart[];
  wordsInserted: number;
  wordsDeleted: number;
}

type Operation = 'equal' | 'insert' | 'delete';

/** Above this many edits the two texts have little in common: show all of a deleted, all of b inserted. */
const maxEditDistance = 2000;

/**
 * The shortest edit script between two token lists (Myers' O(ND) algorithm), after trimming
 * the common start and end, which is where most of a class copy's text is.
 */
function editScript(a: readonly number[], b: readonly number[]): Operation[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head: Operation[] = new Array<Operation>(start).fill('equal');
  const tail: Operation[] = new Array<Operation>(a.length - endA).fill('equal');
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...head, ...middle, ...tail];
}

function myers(a: readonly number[], b: readonly number[]): Operation[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return new Array<Operation>(m).fill('insert');
  if (m === 0) return new Array<Operation>(n).fill('delete');
  const max = n + m;
  const limit = Math.min(max, maxEditDistance);
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let distance = 0; distance <= limit; distance += 1) {
    trace.push(frontier.slice(offset - distance - 1, offset + distance + 2));
    for (let diagonal = -distance; diagonal <= distance; diagonal += 2) {
      let x =
        diagonal === -distance || (diagonal !== distance && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
          ? frontier[offset + diagonal + 1]
          : frontier[offset + diagonal - 1] + 1;
      let y = x - diagonal;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + diagonal] = x;
      if (x >= n && y >= m) return backtrack(trace, a.length, b.length, distance);
    }
  }
  return [...new Array<Operation>(n).fill('delete'), ...new Array<Operation>(m).fill('insert')];
}

/** Walks the saved frontiers back from the end to recover the operations. */
function backtrack(trace: Int32Array[], n: number, m: number, finalDistance: number): Operation[] {
  const operations: Operation[] = [];
  let x = n;
  let y = m;
  for (let distance = finalDistance; distance > 0; distance -= 1) {
    // trace[distance] holds the frontier before step `distance`, for diagonals -distance-1 .. distance+1.
    const saved = trace[distance];
    const at = (diagonal: number) => saved[diagonal + distance + 1];
    const diagonal = x - y;
    const fromInsert = diagonal === -distance || (diagonal !== distance && at(diagonal - 1) < at(diagonal + 1));
    const previousDiagonal = fromInsert ? diagonal + 1 : diagonal - 1;
    const previousX = at(previousDiagonal);
    const previousY = previousX - previousDiagonal;
    const startX = fromInsert ? previousX : previousX + 1;
    while (x > startX) {
      operations.push('equal');
      x -= 1;
      y -= 1;
    }
    operations.push(fromInsert ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  while (x > 0) {
    operations.push('equal');
    x -= 1;
    y -= 1;
  }
  return operations.reverse();
}

interface Run {
  operation: Operation;
  tokens: Token[];
}

type Region = { kind: 'equal'; tokens: Token[] } | { kind: 'change'; deleted: Token[]; inserted: Token[] };

function toRuns(operations: readonly Operation[], a: readonly Token[], b: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let indexA = 0;
  let indexB = 0;
  for (const operation of operations) {
    const token = operation === 'insert' ? b[indexB] : a[indexA];
    if (operation !== 'insert') indexA += 1;
    if (operation !== 'delete') indexB += 1;
    const last = runs.at(-1);
    if (last?.operation === operation) last.tokens.push(token);
    else runs.push({ operation, tokens: [token] });
  }
  return runs;
}

/** Equal stretches and, between them, changed stretches (deleted and inserted tokens together). */
function toRegions(runs: readonly Run[]): Region[] {
  const regions: Region[] = [];
  for (const run of runs) {
    if (run.operation === 'equal') {
      regions.push({ kind: 'equal', tokens: [...run.tokens] });
      continue;
    }
    let last = regions.at(-1);
    if (last?.kind !== 'change') {
      last = { kind: 'change', deleted: [], inserted: [] };
      regions.push(last);
    }
    (run.operation === 'delete' ? last.deleted : last.inserted).push(...run.tokens);
  }
  return regions;
}

const length = (tokens: readonly Token[]) => tokens.reduce((sum, token) => sum + token.text.length, 0);

/**
 * Whether an equal stretch between two changes reads better as part of them: a lone 的, comma
 * or space, or any stretch no longer than the changes on both sides (the semantic clean-up of
 * diff-match-patch). Without it, rewriting a sentence shows a confetti of common characters.
 * Line breaks are kept: they hold the paragraphs of both sides in line.
 */
function foldsIntoChanges(equal: readonly Token[], left: Region, right: Region): boolean {
  if (left.kind !== 'change' || right.kind !== 'change') return false;
  if (equal.some((token) => token.text === '\n')) return false;
  const words = equal.filter((token) => token.word).length;
  const size = length(equal);
  if (words <= 1 && size <= 2) return true;
  return size <= Math.max(length(left.deleted), length(left.inserted)) && size <= Math.max(length(right.deleted), length(right.inserted));
}

function cleanUp(regions: Region[]): Region[] {
  let index = 1;
  while (index < regions.length - 1) {
    const region = regions[index];
    const left = regions[index - 1];
    const right = regions[index + 1];
    if (region.kind === 'equal' && left.kind === 'change' && right.kind === 'change' && foldsIntoChanges(region.tokens, left, right)) {
      regions.splice(index - 1, 3, {
        kind: 'change',
        deleted: [...left.deleted, ...region.tokens, ...right.deleted],
        inserted: [...left.inserted, ...region.tokens, ...right.inserted],
      });
      index = Math.max(1, index - 1);
      continue;
    }
    index += 1;
  }
  return regions;
}

const joined = (tokens: readonly Token[]) => tokens.map((token) => token.text).join('');
const countWordTokens = (tokens: readonly Token[]) => tokens.filter((token) => token.word).length;

/**
 * Word-level diff of two token lists. Within each changed stretch the deleted words come
 * before the inserted ones, so the inline view reads "old struck, new underlined".
 */
export function diffTokens(a: readonly Token[], b: readonly Token[]): TokenDiff {
  const ids = new Map<string, number>();
  const intern = (token: Token) => {
    const key = token.key ?? token.text;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const regions = cleanUp(toRegions(toRuns(editScript(a.map(intern), b.map(intern)), a, b)));

  const parts: DiffPart[] = [];
  let wordsInserted = 0;
  let wordsDeleted = 0;
  for (const region of regions) {
    if (region.kind === 'equal') {
      parts.push({ kind: 'equal', text: joined(region.tokens) });
      continue;
    }
    if (region.deleted.length > 0) parts.push({ kind: 'delete', text: joined(region.deleted) });
    if (region.inserted.length > 0) parts.push({ kind: 'insert', text: joined(region.inserted) });
    wordsDeleted += countWordTokens(region.deleted);
    wordsInserted += countWordTokens(region.inserted);
  }
  return { parts, wordsInserted, wordsDeleted };
}
