import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ClassCopyRow } from '../../../shared/schemas/copyLife.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { ClassCopyDiff } from './ClassCopyDiff.tsx';

interface ClassCopyTableProps {
  guideId: string;
  rows: ClassCopyRow[];
  canHarvest: boolean;
}

/** 按班查看: one row per class copy (teacher, class, base, changes, taught, reflection), each unfolding its diff. */
export function ClassCopyTable({ guideId, rows, canHarvest }: ClassCopyTableProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table className="class-table" data-testid="class-table">
      <thead>
        <tr>
          <th>{t('classes.columns.class')}</th>
          <th>{t('classes.columns.teacher')}</th>
          <th>{t('classes.columns.base')}</th>
          <th>{t('classes.columns.changes')}</th>
          <th>{t('classes.columns.taught')}</th>
          <th>{t('classes.columns.reflection')}</th>
          <th aria-label={t('classes.columns.actions')} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const diffHref = `/diff?from=${encodeURIComponent(`guide:${guideId}@${row.baseVersion}`)}&to=${encodeURIComponent(`copy:${row.copyId}`)}`;
          const expanded = open === row.copyId;
          return (
            <Fragment key={row.copyId}>
              <tr className={expanded ? 'class-row is-open' : 'class-row'} data-copy-id={row.copyId} data-class-id={row.classId}>
                <td className="class-name">
                  <Link to={`/copies/${row.copyId}`}>{row.className}</Link>
                </td>
                <td>{row.teacher.name}</td>
                <td>
                  {row.baseVersionLabel}
                  {row.behind && <span className="tag tag-warn">{t('classes.behind')}</span>}
                </td>
                <td>
                  {row.stats.blocksChanged === 0 ? (
                    <span className="muted">{t('classes.unchanged')}</span>
                  ) : (
                    <span className="class-changes">
                      <span>{t('diff.blocksChanged', { count: row.stats.blocksChanged })}</span>
                      {row.stats.wordsInserted > 0 && <span className="diff-stat-insert">+{row.stats.wordsInserted}</span>}
                      {row.stats.wordsDeleted > 0 && <span className="diff-stat-delete">−{row.stats.wordsDeleted}</span>}
                    </span>
                  )}
                </td>
                <td>{row.taughtOn ? formatDate(row.taughtOn) : <span className="muted">{t('classes.notTaught')}</span>}</td>
                <td>
                  {row.reflectionWritten ? (
                    <span className="tag tag-ok">{t('classes.reflectionWritten')}</span>
                  ) : (
                    <span className="muted">{row.taughtOn ? t('classes.reflectionMissing') : '—'}</span>
                  )}
                </td>
                <td>
                  <span className="class-actions">
                    <button type="button" className="button button-small" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : row.copyId)}>
                      {expanded ? t('classes.fold') : t('classes.unfold')}
                    </button>
                    <Link className="button button-small button-primary" to={diffHref} data-testid="open-diff">
                      {t('classes.openDiff')}
                    </Link>
                  </span>
                </td>
              </tr>
              {expanded && (
                <tr className="class-diff-row">
                  <td colSpan={7}>
                    <ClassCopyDiff guideId={guideId} row={row} canHarvest={canHarvest} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
