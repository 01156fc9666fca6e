import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../shared/schemas/diff.ts';
import { DiffAtomView } from './DiffAtomView.tsx';
import { useDiffAuthors } from './diffAuthors.ts';
import { diffRows, foldRows, linesOf, type DiffRow, type DiffSegment } from './diffRows.ts';

function Segment({ segment }: { segment: DiffSegment }) {
  const authors = useDiffAuthors(segment.authors);
  const content = segment.atom ? <DiffAtomView atom={segment.atom} /> : segment.text;
  if (segment.kind === 'equal') return <span>{content}</span>;
  const Tag = segment.kind === 'insert' ? 'ins' : 'del';
  // Who made the change: their colour under the text and their name on hover.
  const first = authors[0];
  return (
    <Tag
      className={segment.kind === 'insert' ? 'diff-insert' : 'diff-delete'}
      title={authors.length > 0 ? authors.map((author) => author.name).join('、') : undefined}
      data-authors={authors.length > 0 ? authors.map((author) => author.name).join(',') : undefined}
      style={first ? { boxShadow: `inset 0 -2px 0 ${first.color}` } : undefined}
    >
      {content}
    </Tag>
  );
}

function Lines({ parts, side }: { parts: readonly DiffPart[]; side: 'both' | 'from' | 'to' }) {
  return (
    <>
      {linesOf(parts, side).map((line, index) => (
        <p key={index} className={line.length === 0 ? 'diff-line is-empty' : 'diff-line'}>
          {line.map((segment, position) => (
            <Segment key={position} segment={segment} />
          ))}
        </p>
      ))}
    </>
  );
}

function Row({ row, sideBySide }: { row: DiffRow; sideBySide: boolean }) {
  if (!sideBySide) return <Lines parts={row.parts} side="both" />;
  return (
    <div className={row.changed ? 'diff-row is-changed' : 'diff-row'}>
      <div className="diff-cell is-from">
        <Lines parts={row.parts} side="from" />
      </div>
      <div className="diff-cell is-to">
        <Lines parts={row.parts} side="to" />
      </div>
    </div>
  );
}

function Fold({ rows, sideBySide }: { rows: DiffRow[]; sideBySide: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (open) return <>{rows.map((row, index) => <Row key={index} row={row} sideBySide={sideBySide} />)}</>;
  return (
    <button type="button" className="diff-fold" onClick={() => setOpen(true)}>
      {t('diff.folded', { count: rows.length })}
    </button>
  );
}

interface DiffTextProps {
  parts: readonly DiffPart[];
  /** Both documents in one text (inline), or the two side by side, level paragraph by paragraph. */
  sideBySide?: boolean;
  /** Unchanged paragraphs kept around each change; the rest is folded. Negative: show all. */
  context?: number;
}

/**
 * A block's text with its changes: insertions underlined in green, deletions struck through
 * in red, paragraph by paragraph, long unchanged stretches folded.
 */
export function DiffText({ parts, sideBySide = false, context = -1 }: DiffTextProps) {
  const items = foldRows(diffRows(parts), context);
  return (
    <div className={sideBySide ? 'diff-text is-side-by-side' : 'diff-text'}>
      {items.map((item) =>
        item.kind === 'fold' ? (
          <Fold key={`fold-${item.index}`} rows={item.rows} sideBySide={sideBySide} />
        ) : (
          <Row key={item.index} row={item.row} sideBySide={sideBySide} />
        ),
      )}
    </div>
  );
}
