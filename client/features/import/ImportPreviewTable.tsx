import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/schemas/docxImport.ts';

/** Each block the importer found: kind, title, minutes, questions and tiers; unmapped ones flagged. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <table className="import-preview-table" data-testid="import-preview">
      <thead>
        <tr>
          <th>{t('import.columns.kind')}</th>
          <th>{t('import.columns.title')}</th>
          <th>{t('import.columns.minutes')}</th>
          <th>{t('import.columns.questions')}</th>
          <th>{t('import.columns.source')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.blocks.map((block, index) => (
          <tr key={index} data-kind={block.kind} data-mapped={block.mapped} className={block.mapped ? '' : 'is-unmapped'}>
            <td>
              <span className="tag">{t(`blockKind.${block.kind}`, { defaultValue: block.kind })}</span>
              {!block.mapped && <span className="tag tag-warning">{t('import.unmapped')}</span>}
              {block.audience === 'teacher' && <span className="tag tag-quiet">{t('import.teacherOnly')}</span>}
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
        ))}
      </tbody>
    </table>
  );
}
