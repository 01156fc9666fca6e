import type { JSONContent } from '@tiptap/core';

export interface KeyedBlock {
  /** The block's stable id; blocks without one are keyed by type and occurrence. */
  key: string;
  node: JSONContent;
  index: number;
}

export interface BlockPair {
  from: KeyedBlock | null;
  to: KeyedBlock | null;
  /** Both sides have the block, and it changed place relative to the others. */
  moved: boolean;
}

/** The top-level blocks of a document with their alignment keys. */
export function keyedBlocks(doc: JSONContent): KeyedBlock[] {
  const seen = new Map<string, number>();
  return (doc.content ?? []).map((node, index) => {
    const id = node.attrs?.id;
    const hasId = typeof id === 'string' && id !== '';
    const base = hasId ? id : `${node.type ?? 'node'}@`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const key = hasId && count === 1 ? base : `${base}${count}`;
    return { key, node, index };
  });
}

/** Indexes (into `values`) of one longest strictly increasing subsequence, in O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const kept = new Set<number>();
  let index = tails.length > 0 ? tails[tails.length - 1] : -1;
  while (index >= 0) {
    kept.add(index);
    index = previous[index];
  }
  return kept;
}

/**
 * Pairs the blocks of a and b by key. Blocks in both keep their place if they belong to the
 * longest run that is in the same order on both sides; the others are reported as moved.
 * The pairs come in b's order; a deleted block follows the block it followed in a.
 */
export function alignBlocks(a: JSONContent, b: JSONContent): BlockPair[] {
  const blocksA = keyedBlocks(a);
  const blocksB = keyedBlocks(b);
  const indexInB = new Map(blocksB.map((block) => [block.key, block.index]));
  const byKeyA = new Map(blocksA.map((block) => [block.key, block]));

  const common = blocksA.filter((block) => indexInB.has(block.key));
  const inOrder = longestIncreasing(common.map((block) => indexInB.get(block.key)!));
  const movedKeys = new Set(common.filter((_, position) => !inOrder.has(position)).map((block) => block.key));

  // Deleted blocks are anchored to the nearest block before them in a that b still has.
  const deletedAfter = new Map<string | null, KeyedBlock[]>();
  let anchor: string | null = null;
  for (const block of blocksA) {
    if (indexInB.has(block.key)) {
      anchor = block.key;
      continue;
    }
    const list = deletedAfter.get(anchor) ?? [];
    list.push(block);
    deletedAfter.set(anchor, list);
  }

  const pairs: BlockPair[] = [];
  const pushDeleted = (key: string | null) => {
    for (const block of deletedAfter.get(key) ?? []) pairs.push({ from: block, to: null, moved: false });
  };
  pushDeleted(null);
  for (const block of blocksB) {
    const from = byKeyA.get(block.key) ?? null;
    pairs.push({ from, to: block, moved: movedKeys.has(block.key) });
    if (from) pushDeleted(block.key);
  }
  return pairs;
}
