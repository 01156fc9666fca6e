import { useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { blockKinds, type BlockKind } from '../../../shared/editor/blockKinds.ts';
import { importBlockRoles, type ImportBlockChoice, type ImportPreview } from '../../../shared/schemas/docxImport.ts';
import { blockPartTexts } from './blockPartTexts.ts';

interface ImportPreviewTableProps {
  preview: ImportPreview;
  /** The kind and role of each block, whether it is merged into the one above, and where it is split, as the teacher sets them. */
  choices: ImportBlockChoice[];
  onChange: (index: number, choice: ImportBlockChoice) => void;
}

/** A block kind picker. */
function KindSelect({ value, label, onChange }: { value: BlockKind; label: string; onChange: (kind: BlockKind) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as BlockKind)}>
      {blockKinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`blockKind.${kind}`, { defaultValue: kind })}
        </option>
      ))}
    </select>
  );
}

/** 拆分: where the new block starts (a part after the first), its title and its kind. */
function SplitForm({ parts, blockTitle, taken, onSplit, onCancel }: { parts: string[]; blockTitle: string; taken: number[]; onSplit: (split: { at: number; title: string; kind: BlockKind }) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const choices = parts.map((text, at) => ({ text, at })).filter(({ at }) => at > 0 && !taken.includes(at));
  const [at, setAt] = useState(choices[0]?.at ?? 0);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<BlockKind>('section');
  return (
    <div className="import-split-form" role="group" aria-label={t('import.splitOf', { title: blockTitle })}>
      <label className="field">
        <span>{t('import.splitAt')}</span>
        <select value={at} onChange={(event) => setAt(Number(event.target.value))}>
          {choices.map((choice) => (
            <option key={choice.at} value={choice.at}>
              {choice.text}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('import.splitTitle')}</span>
        <input value={title} maxLength={50} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="field">
        <span>{t('import.splitKind')}</span>
        <KindSelect value={kind} label={t('import.splitKind')} onChange={setKind} />
      </label>
      <div className="import-split-actions">
        <button type="button" className="button button-primary" disabled={!title.trim() || choices.length === 0} onClick={() => onSplit({ at, title: title.trim(), kind })}>
          {t('import.splitConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.splitCancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * Each block the importer found: its kind and who it is for (both can be changed: 仅教师, or 答案
 * for a part holding the answers to the items above it), title, minutes, questions and tiers;
 * unmapped ones flagged. A block can be merged into the one above it (并入上一模块) or split
 * before one of its parts (拆分), the new block with a title and a kind of its own.
 */
export function ImportPreviewTable({ preview, choices, onChange }: ImportPreviewTableProps) {
  const { t } = useTranslation();
  const [splitting, setSplitting] = useState<number | null>(null);
  const contentBlocks = (preview.content.content ?? []) as JSONContent[];
  return (
    <table className="import-preview-table" data-testid="import-preview">
      <thead>
        <tr>
          <th>{t('import.columns.kind')}</th>
          <th>{t('import.columns.role')}</th>
          <th>{t('import.columns.title')}</th>
          <th>{t('import.columns.minutes')}</th>
          <th>{t('import.columns.questions')}</th>
          <th>{t('import.columns.source')}</th>
          <th>{t('import.columns.arrange')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.blocks.flatMap((block, index) => {
          const choice = choices[index] ?? { kind: block.kind, role: block.audience === 'teacher' ? 'teacher' : 'student' };
          const parts = blockPartTexts(contentBlocks[index]);
          const splits = choice.splits ?? [];
          const above = preview.blocks.slice(0, index).findLastIndex((_, at) => choices[at]?.role !== 'answers' && !choices[at]?.merge);
          const canMerge = index > 0 && choice.role !== 'answers' && above >= 0;
          const rows = [
            <tr
              key={`block-${index}`}
              data-kind={choice.kind}
              data-role={choice.role}
              data-mapped={block.mapped}
              data-merged={choice.merge ? 'true' : undefined}
              className={[block.mapped ? '' : 'is-unmapped', choice.merge ? 'is-merged' : ''].join(' ').trim()}
            >
              <td>
                <KindSelect value={choice.kind} label={t('import.kindOf', { title: block.title })} onChange={(kind) => onChange(index, { ...choice, kind })} />
                {!block.mapped && <span className="tag tag-warning">{t('import.unmapped')}</span>}
              </td>
              <td>
                <select
                  aria-label={t('import.roleOf', { title: block.title })}
                  value={choice.role}
                  onChange={(event) => onChange(index, { ...choice, role: event.target.value as ImportBlockChoice['role'] })}
                >
                  {importBlockRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`import.roles.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="import-block-title">
                <strong>{block.title}</strong>
                {choice.merge && above >= 0 && <span className="tag">{t('import.mergedInto', { title: preview.blocks[above].title })}</span>}
                {block.excerpt && <span className="muted import-excerpt">{block.excerpt}</span>}
              </td>
              <td>{block.minutes === null ? '—' : t('import.minutes', { count: block.minutes })}</td>
              <td>
                {block.questionCount}
                {block.tiers.length > 0 && <span className="muted"> （{block.tiers.join(' / ')}）</span>}
              </td>
              <td className="muted import-source">{block.sourceLabel ?? t('import.looseContent')}</td>
              <td className="import-arrange">
                {canMerge && (
                  <label className="import-merge">
                    <input
                      type="checkbox"
                      checked={choice.merge ?? false}
                      aria-label={t('import.mergeOf', { title: block.title })}
                      onChange={(event) => onChange(index, { ...choice, merge: event.target.checked || undefined })}
                    />
                    {t('import.merge')}
                  </label>
                )}
                {choice.role !== 'answers' && parts.length - 1 > splits.length && (
                  <button type="button" className="button button-small" aria-label={t('import.splitOf', { title: block.title })} onClick={() => setSplitting(index)}>
                    {t('import.split')}
                  </button>
                )}
              </td>
            </tr>,
          ];
          if (splitting === index) {
            rows.push(
              <tr key={`split-form-${index}`} className="import-split-row">
                <td colSpan={7}>
                  <SplitForm
                    parts={parts}
                    blockTitle={block.title}
                    taken={splits.map((split) => split.at)}
                    onCancel={() => setSplitting(null)}
                    onSplit={(split) => {
                      onChange(index, { ...choice, splits: [...splits, split].sort((a, b) => a.at - b.at) });
                      setSplitting(null);
                    }}
                  />
                </td>
              </tr>,
            );
          }
          splits.forEach((split, at) => {
            rows.push(
              <tr key={`split-${index}-${split.at}`} className="import-split-part" data-kind={split.kind} data-split-of={block.title}>
                <td>
                  <KindSelect
                    value={split.kind}
                    label={t('import.kindOf', { title: split.title })}
                    onChange={(kind) => onChange(index, { ...choice, splits: splits.map((other, position) => (position === at ? { ...other, kind } : other)) })}
                  />
                </td>
                <td className="muted">{t(`import.roles.${choice.role}`)}</td>
                <td className="import-block-title">
                  <strong>↳ {split.title}</strong>
                  <span className="muted import-excerpt">{t('import.splitFrom', { part: parts[split.at] ?? '' })}</span>
                </td>
                <td>—</td>
                <td>—</td>
                <td className="muted import-source">{t('import.splitPart')}</td>
                <td className="import-arrange">
                  <button type="button" className="button button-small" onClick={() => onChange(index, { ...choice, splits: splits.filter((_, position) => position !== at) })}>
                    {t('import.splitRemove')}
                  </button>
                </td>
              </tr>,
            );
          });
          return rows;
        })}
      </tbody>
    </table>
  );
}
