import { useEffect } from 'react';
import type { JSONContent } from '@tiptap/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { editionKinds, type EditionKind } from '../../../shared/edition/edition.ts';
import { editionLabels } from '../../../shared/edition/editionLabels.ts';
import { docxExportUrl, printPageUrl, type DocxTarget } from './printApi.ts';
import { PrintedGuide, type PrintFacts } from './PrintedGuide.tsx';
import './print.css';
import { schoolTimeZone } from '../../i18n/schoolTimeZone.ts';

interface PrintPreviewProps {
  target: DocxTarget;
  kind: EditionKind;
  content: JSONContent;
  facts: PrintFacts;
  /** Where 返回 leads: the editor of the guide or copy. */
  backTo: string;
}

/**
 * 打印预览: the chosen edition on an A4 sheet as the browser will print it, with a toolbar
 * (back, 学生版 / 教师版, 导出 Word, 打印) that does not print.
 */
export function PrintPreview({ target, kind, content, facts, backTo }: PrintPreviewProps) {
  const { t } = useTranslation();

  useEffect(() => {
    const previous = document.title;
    // The browser names the saved PDF after the page title.
    document.title = `${facts.title}（${editionLabels[kind]}）`;
    return () => {
      document.title = previous;
    };
  }, [facts.title, kind]);

  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label={t('print.toolbar')}>
        <Link to={backTo} className="back-link">
          ← {t('print.back')}
        </Link>
        <div className="print-edition-switch" role="group" aria-label={t('print.edition')}>
          {editionKinds.map((edition) => (
            <Link
              key={edition}
              to={printPageUrl(target, edition)}
              className={edition === kind ? 'button button-primary' : 'button'}
              aria-current={edition === kind ? 'page' : undefined}
              replace
            >
              {t(`print.editions.${edition}`)}
            </Link>
          ))}
        </div>
        <div className="print-actions">
          <a className="button" href={docxExportUrl(target, kind)} download>
            {t('print.exportWord')}
          </a>
          <a className="button" href={docxExportUrl(target, kind, 'b4')} download>
            {t('print.exportWordB4')}
          </a>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
        </div>
        <p className="print-hint muted">{t(`print.hint.${kind}`)}</p>
      </nav>
      <div className="print-sheet">
        <PrintedGuide content={content} facts={{ ...facts, timeZone: schoolTimeZone() }} kind={kind} />
      </div>
    </div>
  );
}

/** The edition named in the page's query (?edition=teacher), 学生版 by default. */
export function editionFromQuery(value: string | null): EditionKind {
  return value === 'teacher' ? 'teacher' : 'student';
}
