import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fetchTermReport, termArchiveUrl, termReportKey, termReportXlsxUrl } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TeacherReportTable } from '../report/TeacherReportTable.tsx';
import { termLabelText } from '../../i18n/termLabel.ts';
import { formatDate } from '../../i18n/formatDate.ts';

/**
 * /admin/terms/:termId/report, the 教务处's term report: who has not handed in, who never
 * reflects, per teacher and per group, on one screen; the same as an .xlsx download.
 */
export function TermReportPage() {
  const { t } = useTranslation();
  const { termId = '' } = useParams();
  const report = useQuery({ queryKey: termReportKey(termId), queryFn: () => fetchTermReport(termId) });
  const data = report.data;

  return (
    <section aria-labelledby="report-title">
      <Link to="/admin/terms" className="back-link">
        ← {t('admin.terms.title')}
      </Link>
      <div className="admin-section-heading">
        <div>
          <h2 id="report-title">{t('admin.report.title', { name: data ? termLabelText(data.term.name, t) : '' })}</h2>
          {data && (
            <p className="muted">
              {formatDate(data.term.startDate)} — {formatDate(data.term.endDate)} · {t('admin.report.scope')}
            </p>
          )}
        </div>
        <div className="admin-actions">
          <a className="button" href={termReportXlsxUrl(termId)} download>
            {t('admin.report.download')}
          </a>
          <a className="button" href={termArchiveUrl(termId)} download title={t('admin.report.archiveHint')}>
            {t('admin.report.archive')}
          </a>
        </div>
      </div>
      {report.isPending && <p className="page-status">{t('common.loading')}</p>}
      {report.isError && <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />}
      {data && (
        <>
          <h3 className="admin-subheading">{t('admin.report.teachers')}</h3>
          <TeacherReportTable rows={data.teachers} reflectionTarget={data.reflectionTarget} />
          <h3 className="admin-subheading">{t('admin.report.groups')}</h3>
          <div className="table-frame admin-table-frame">
            <table className="admin-table">
              <thead>
                <tr>
                  <th>{t('admin.groups.title')}</th>
                  <th>{t('admin.report.guides')}</th>
                  <th>{t('admin.report.meetingsHeld')}</th>
                  <th>{t('admin.report.onTime')}</th>
                  <th>{t('admin.report.late')}</th>
                  <th>{t('admin.report.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((row) => (
                  <tr key={row.group.id}>
                    <td>{row.group.name}</td>
                    <td>{row.guides}</td>
                    <td>{row.meetingsHeld}</td>
                    <td>{row.finalsOnTime}</td>
                    <td>{row.finalsLate}</td>
                    <td className={row.overdueLessons > 0 ? 'report-alert' : undefined}>{row.overdueLessons}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3 className="admin-subheading">{t('admin.report.checkOverrides')}</h3>
          {data.checkOverrides.length === 0 ? (
            <p className="muted">{t('admin.report.noCheckOverrides')}</p>
          ) : (
            <ul className="report-overrides" data-testid="report-check-overrides">
              {data.checkOverrides.map((row) => (
                <li key={`${row.guide.id}-${row.versionLabel}`}>
                  <strong>{row.guide.title}</strong> · {row.group.name} · {row.versionLabel}：{row.reason}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
