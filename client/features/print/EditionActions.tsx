import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { editionKinds } from '../../../shared/edition/edition.ts';
import { docxExportUrl, printPageUrl, type DocxTarget } from './printApi.ts';
import { useEditionShortcuts } from './useEditionShortcuts.ts';
import './editionActions.css';

/**
 * 打印预览 学生版 / 教师版 and 导出 Word 学生版 / 教师版, for the editor of a guide or a class
 * copy. Both come from the same edition() of the document. Ctrl+S and Ctrl+P work here too.
 */
export function EditionActions({ target }: { target: DocxTarget }) {
  const { t } = useTranslation();
  const savedNoteShown = useEditionShortcuts(target);
  return (
    <div className="edition-actions" role="group" aria-label={t('print.actions')}>
      {savedNoteShown && (
        <p className="autosaved-note" role="status" data-testid="autosaved-note">
          <strong>{t('print.autosaved')}</strong> {t('print.autosavedHint')}
        </p>
      )}
      <span className="edition-actions-label">{t('print.preview')}</span>
      {editionKinds.map((kind) => (
        <Link
          key={kind}
          to={printPageUrl(target, kind)}
          className="button"
          aria-label={t(`print.previewEdition.${kind}`)}
          data-action={`print-${kind}`}
        >
          {t(`print.editions.${kind}`)}
        </Link>
      ))}
      <span className="edition-actions-label">{t('print.exportLabel')}</span>
      {editionKinds.map((kind) => (
        <a
          key={kind}
          href={docxExportUrl(target, kind)}
          className="button"
          aria-label={t(`print.exportEdition.${kind}`)}
          download
          data-action={`export-${kind}`}
        >
          {t(`print.editions.${kind}`)}
        </a>
      ))}
    </div>
  );
}
