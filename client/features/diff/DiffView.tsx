import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isBlockChanged } from '../../../shared/diff/diff.ts';
import type { BlockDiff, DocumentDiff } from '../../../shared/schemas/diff.ts';
import { DiffAuthorsContext, useDiffAuthors } from './diffAuthors.ts';
import { DiffText } from './DiffText.tsx';
import { FieldChanges } from './FieldChanges.tsx';
import './diff.css';

export type DiffMode = 'inline' | 'sideBySide';

interface DiffViewProps {
  diff: DocumentDiff;
  mode: DiffMode;
  /** Column headings of the side-by-side view (the two documents). */
  fromLabel: string;
  toLabel: string;
  /** Buttons for a changed block (e.g. 采纳 for the leader). */
  blockActions?: (block: BlockDiff) => ReactNode;
}

/** Runs of blocks: each changed block on its own, unchanged neighbours together. */
function groupBlocks(blocks: readonly BlockDiff[]): (BlockDiff | BlockDiff[])[] {
  const groups: (BlockDiff | BlockDiff[])[] = [];
  for (const block of blocks) {
    if (isBlockChanged(block)) {
      groups.push(block);
      continue;
    }
    const last = groups.at(-1);
    if (Array.isArray(last)) last.push(block);
    else groups.push([block]);
  }
  return groups;
}

function statusLabels(block: BlockDiff, t: ReturnType<typeof useTranslation>['t']): string[] {
  const labels: string[] = [];
  if (block.status !== 'unchanged') labels.push(t(`diff.status.${block.status}`));
  if (block.moved) labels.push(t('diff.status.moved'));
  return labels;
}

function ChangedBlock({ block, mode, fromLabel, toLabel, actions }: { block: BlockDiff; mode: DiffMode; fromLabel: string; toLabel: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="diff-block" data-status={block.status} data-moved={block.moved || undefined} data-block-id={block.id}>
      <header className="diff-block-header">
        <h3 className="diff-block-title">{block.title || t('editor.block.untitled')}</h3>
        <span className="diff-block-kind">{t(`blockKind.${block.type}`, { defaultValue: block.type })}</span>
        {statusLabels(block, t).map((label) => (
          <span key={label} className={`diff-badge is-${block.status}`}>
            {label}
          </span>
        ))}
        <BlockAuthors block={block} />
        <span className="diff-block-words">
          {block.wordsInserted > 0 && <span className="diff-stat-insert">+{block.wordsInserted}</span>}
          {block.wordsDeleted > 0 && <span className="diff-stat-delete">−{block.wordsDeleted}</span>}
        </span>
        {actions && <span className="diff-block-actions">{actions}</span>}
      </header>
      <FieldChanges fields={block.fields} />
      {mode === 'sideBySide' && (
        <div className="diff-columns-head">
          <span>{fromLabel}</span>
          <span>{toLabel}</span>
        </div>
      )}
      {mode === 'sideBySide' && (block.status === 'inserted' || block.status === 'deleted') && (
        <div className="diff-row">
          <div className="diff-cell is-from">{block.status === 'inserted' && <p className="diff-absent">{t('diff.absent')}</p>}</div>
          <div className="diff-cell is-to">{block.status === 'deleted' && <p className="diff-absent">{t('diff.absent')}</p>}</div>
        </div>
      )}
      <DiffText parts={block.parts} sideBySide={mode === 'sideBySide'} context={block.status === 'modified' ? 1 : -1} />
    </section>
  );
}

/** The teachers who made a block's changes, each with their colour. */
function BlockAuthors({ block }: { block: BlockDiff }) {
  const authors = useDiffAuthors([...new Set(block.parts.flatMap((part) => part.authors ?? []))]);
  if (authors.length === 0) return null;
  return (
    <span className="diff-block-authors" data-testid="diff-block-authors">
      {authors.map((author) => (
        <span key={author.id} className="diff-author" style={{ borderColor: author.color }}>
          <span className="diff-author-dot" style={{ background: author.color }} aria-hidden="true" />
          {author.name}
        </span>
      ))}
    </span>
  );
}

function UnchangedBlocks({ blocks }: { blocks: BlockDiff[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="diff-unchanged">
      <button type="button" className="diff-unchanged-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('diff.unchanged', { count: blocks.length, titles: blocks.map((block) => block.title).join('、') })}
      </button>
      {open &&
        blocks.map((block) => (
          <section key={block.id} className="diff-block is-unchanged" data-status="unchanged">
            <header className="diff-block-header">
              <h3 className="diff-block-title">{block.title}</h3>
            </header>
            <DiffText parts={block.parts} />
          </section>
        ))}
    </div>
  );
}

/**
 * A diff between two guides, grouped by block with each block's label: changed blocks with
 * their field changes and word-level text changes (inline, or the two documents side by side),
 * unchanged blocks folded into one line each run.
 */
export function DiffView({ diff, mode, fromLabel, toLabel, blockActions }: DiffViewProps) {
  const { t } = useTranslation();
  if (diff.stats.blocksChanged === 0) return <p className="diff-empty">{t('diff.identical')}</p>;
  return (
    <DiffAuthorsContext.Provider value={diff.authors ?? {}}>
      <div className="diff-view" data-mode={mode} data-testid="diff-view">
        {groupBlocks(diff.blocks).map((group) =>
          Array.isArray(group) ? (
            <UnchangedBlocks key={`unchanged-${group[0].id}`} blocks={group} />
          ) : (
            <ChangedBlock
              key={group.id}
              block={group}
              mode={mode}
              fromLabel={fromLabel}
              toLabel={toLabel}
              actions={blockActions?.(group)}
            />
          ),
        )}
      </div>
    </DiffAuthorsContext.Provider>
  );
}
