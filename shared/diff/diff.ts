import type { JSONContent } from '@tiptap/core';
import type { BlockDiff, DocumentDiff } from '../schemas/diff.ts';
import { alignBlocks, type BlockPair } from './alignBlocks.ts';
import { blockFieldChanges } from './blockFields.ts';
import { blockText } from './blockText.ts';
import { diffText } from './diffText.ts';
import { countWords } from './tokenize.ts';

function titleOf(node: JSONContent | undefined): string {
  const title = node?.attrs?.title;
  return typeof title === 'string' ? title : '';
}

function diffPair({ from, to, moved }: BlockPair): BlockDiff {
  const a = from?.node;
  const b = to?.node;
  const sideA = a ? blockText(a, { atoms: true }) : null;
  const sideB = b ? blockText(b, { atoms: true }) : null;
  const textA = sideA?.text ?? '';
  const textB = sideB?.text ?? '';
  const atomsA = sideA?.atoms ?? [];
  const atomsB = sideB?.atoms ?? [];
  const fields = blockFieldChanges(a, b);
  const base = {
    id: (to ?? from)?.key ?? '',
    type: (b ?? a)?.type ?? 'section',
    title: titleOf(b ?? a),
    moved,
    fromIndex: from?.index ?? null,
    toIndex: to?.index ?? null,
    fields: fields.fields,
  };
  if (!a) {
    return {
      ...base,
      status: 'inserted',
      parts: diffText('', textB, [], atomsB).parts,
      wordsInserted: countWords(textB) + fields.wordsInserted,
      wordsDeleted: fields.wordsDeleted,
    };
  }
  if (!b) {
    return {
      ...base,
      status: 'deleted',
      parts: diffText(textA, '', atomsA, []).parts,
      wordsInserted: fields.wordsInserted,
      wordsDeleted: countWords(textA) + fields.wordsDeleted,
    };
  }
  const words = diffText(textA, textB, atomsA, atomsB);
  const changed = words.wordsInserted + words.wordsDeleted > 0 || textA !== textB || fields.fields.length > 0;
  return {
    ...base,
    status: changed ? 'modified' : 'unchanged',
    parts: words.parts,
    wordsInserted: words.wordsInserted + fields.wordsInserted,
    wordsDeleted: words.wordsDeleted + fields.wordsDeleted,
  };
}

/** Whether a block of a diff shows any change (including a move). */
export function isBlockChanged(block: Pick<BlockDiff, 'status' | 'moved'>): boolean {
  return block.status !== 'unchanged' || block.moved;
}

/**
 * Compares two guides (any two of: a saved version, the live guide, a class copy) as
 * ProseMirror JSON. Blocks are aligned by their stable `id`, so a block keeps its identity
 * however much it was edited or moved; inside each block the text is compared word by word
 * (Chinese through Intl.Segmenter, other text at whitespace), each formula, figure and blank
 * whole as one word (a part with its `atom`); 复备批注 are left out; block attributes (kind, title,
 * minutes, audience, group roles) and question tiers and answers are reported as field
 * changes. Every block of both documents is in `blocks` (unchanged ones too, so a view can
 * show the whole guide); `stats` counts the changed ones and the words inserted and deleted.
 * Pure and fast: no schema, no DOM.
 */
export function diff(a: JSONContent, b: JSONContent): DocumentDiff {
  const blocks = alignBlocks(a, b).map(diffPair);
  const stats = { blocksChanged: 0, wordsInserted: 0, wordsDeleted: 0 };
  for (const block of blocks) {
    if (isBlockChanged(block)) stats.blocksChanged += 1;
    stats.wordsInserted += block.wordsInserted;
    stats.wordsDeleted += block.wordsDeleted;
  }
  return { blocks, stats };
}
