import type { DiffPart } from '../../../shared/schemas/diff.ts';

export interface DiffSegment {
  kind: DiffPart['kind'];
  text: string;
  /** A formula, figure or blank, shown as itself. */
  atom?: DiffPart['atom'];
  /** Who made the change (user ids). */
  authors?: string[];
}

/** A paragraph both sides share a boundary with: what lies between two line breaks the two documents have in common. */
export interface DiffRow {
  parts: DiffPart[];
  changed: boolean;
}

export type RowItem = { kind: 'row'; row: DiffRow; index: number } | { kind: 'fold'; rows: DiffRow[]; index: number };

/**
 * Cuts a block's diff into rows at the line breaks both documents have, so the two sides of a
 * side-by-side view stay level paragraph by paragraph (an inserted paragraph makes its row taller
 * on the right only).
 */
export function diffRows(parts: readonly DiffPart[]): DiffRow[] {
  const rows: DiffRow[] = [{ parts: [], changed: false }];
  for (const part of parts) {
    if (part.kind !== 'equal') {
      const row = rows[rows.length - 1];
      row.changed = true;
      // Whole paragraphs inserted (or deleted) before a common one get a row of their own.
      if (row.parts.length === 0 && part.text.endsWith('\n')) {
        row.parts.push({ ...part, text: part.text.slice(0, -1) });
        rows.push({ parts: [], changed: false });
        continue;
      }
      row.parts.push(part);
      continue;
    }
    if (part.atom) {
      rows[rows.length - 1].parts.push(part);
      continue;
    }
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) rows.push({ parts: [], changed: false });
      if (piece !== '') rows[rows.length - 1].parts.push({ kind: 'equal', text: piece });
    });
  }
  return rows;
}

/** The lines of some parts, for one side or both, each a list of segments. */
export function linesOf(parts: readonly DiffPart[], side: 'both' | 'from' | 'to'): DiffSegment[][] {
  const lines: DiffSegment[][] = [[]];
  for (const part of parts) {
    if (side === 'from' && part.kind === 'insert') continue;
    if (side === 'to' && part.kind === 'delete') continue;
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece === '') return;
      const segment: DiffSegment = { kind: part.kind, text: piece };
      if (part.atom) segment.atom = part.atom;
      if (part.authors) segment.authors = part.authors;
      lines[lines.length - 1].push(segment);
    });
  }
  return lines;
}

/**
 * Keeps the changed rows and `context` rows around each; longer unchanged stretches become one
 * fold ("… 12 段未改动"). With a negative context nothing is folded.
 */
export function foldRows(rows: readonly DiffRow[], context: number): RowItem[] {
  if (context < 0) return rows.map((row, index) => ({ kind: 'row', row, index }));
  const near = rows.map((_, index) =>
    rows.slice(Math.max(0, index - context), index + context + 1).some((row) => row.changed),
  );
  const items: RowItem[] = [];
  rows.forEach((row, index) => {
    if (near[index]) {
      items.push({ kind: 'row', row, index });
      return;
    }
    const last = items.at(-1);
    if (last?.kind === 'fold') last.rows.push(row);
    else items.push({ kind: 'fold', rows: [row], index });
  });
  // Folding a single row saves nothing.
  return items.map((item) => (item.kind === 'fold' && item.rows.length === 1 ? { kind: 'row', row: item.rows[0], index: item.index } : item));
}
