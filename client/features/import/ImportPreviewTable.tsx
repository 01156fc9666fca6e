import { useTranslation } from 'react-i18next';
import { blockKinds } from '../../../shared/editor/blockKinds.ts';
import { importBlockRoles, type ImportBlockChoice, type ImportPreview } from '../../../shared/schemas/docxImport.ts';

interface ImportPreviewTableProps {
  preview: ImportPreview;
  /** The kind and role of each block, as the teacher sets them. */
  choices: ImportBlockChoice[];
  onChange: (index: number, choice: ImportBlockChoice) => void;
}

/**
 * Each block the importer found: its kind and who it is for (both can be changed: 仅教师, or 答案
 * for a part holding the answers to the items above it), title, minutes, questions and tiers;
 * unmapped ones flagged.
 */
export function ImportPreviewTable({ preview, choices, onChange }: ImportPreviewTableProps) {
  const { t } = useTranslation();
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
        </tr>
      </thead>
      <tbody>
        {preview.blocks.map((block, index) => {
          const choice = choices[index] ?? { kind: block.kind, role: block.audience === 'teacher' ? 'teacher' : 'student' };
          return (
            <tr key={index} data-kind={choice.kind} data-role={choice.role} data-mapped={block.mapped} className={block.mapped ? '' : 'is-unmapped'}>
              <td>
                <select
                  aria-label={t('import.kindOf', { title: block.title })}
                  value={choice.kind}
                  onChange={(event) => onChange(index, { ...choice, kind: event.target.value as ImportBlockChoice['kind'] })}
                >
                  {blockKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`blockKind.${kind}`, { defaultValue: kind })}
                    </option>
                  ))}
                </select>
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
                {block.excerpt && <span className="muted import-excerpt">{block.excerpt}</span>}
              </td>
              <td>{block.minutes === null ? '—' : t('import.minutes', { count: block.minutes })}</td>
              <td>
                {block.questionCount}
                {block.tiers.length > 0 && <span className="muted"> （{block.tiers.join(' / ')}）</span>}
              </td>
              <td className="muted import-source">{block.sourceLabel ?? t('import.looseContent')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
