import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TeacherReportRow } from '../../../shared/schemas/termReport.ts';
import { fetchTermReport, termArchiveUrl, termReportKey, termReportXlsxUrl } from '../../api/adminApi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

/** A count against its target as a bar: full at the target, red while short of it. */
function Bar({ value, target, label }: { value: number; target: number; label: string }) {
  const share = target > 0 ? Math.min(1, value / target) : 1;
  return (
    <span className="report-bar" title={label} aria-label={label}>
      <span className={`report-bar-fill${value >= target ? ' is-met' : ''}`} style={{ width: `${Math.round(share * 100)}%` }} />
      <span className="report-bar-text">
        {value} / {target}
      </span>
    </span>
  );
}

/**
 * /admin/terms/:termId/report, the 教务处's term report: who has not handed in, who never
 * reflects, per teacher and per group, on one screen; the same as an .xlsx download.
 */
export function TermReportPage() {
  const { t } = useTranslation();
  const { termId = '' } = useParams();
  const report = useQuery({ queryKey: termReportKey(termId), queryFn: () => fetchTermReport(termId) });
  const data = report.data;
  const sorted = [...(data?.teachers ?? [])].sort((a, b) => a.guidesLed / a.quota - b.guidesLed / b.quota);

  return (
    <section aria-labelledby="report-title">
      <Link to="/admin/terms" className="back-link">
        ← {t('admin.terms.title')}
      </Link>
      <div className="admin-section-heading">
        <div>
          <h2 id="report-title">{t('admin.report.title', { name: data?.term.name ?? '' })}</h2>
          {data && (
            <p className="muted">
              {data.term.startDate} — {data.term.endDate} · {t('admin.report.scope')}
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
          <div className="table-frame admin-table-frame">
            <table className="admin-table admin-table-wide report-table">
              <thead>
                <tr>
                  <th>{t('admin.teachers.name')}</th>
                  <th>{t('admin.report.guidesLed')}</th>
                  <th>{t('admin.report.finals')}</th>
                  <th>{t('admin.report.meetings')}</th>
                  <th>{t('admin.report.suggestions')}</th>
                  <th>{t('admin.report.comments')}</th>
                  <th>{t('admin.report.copies')}</th>
                  <th>{t('admin.report.reflections')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((row) => (
                  <TeacherRow key={row.teacher.id} row={row} reflectionTarget={data.reflectionTarget} />
                ))}
              </tbody>
            </table>
          </div>
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

function TeacherRow({ row, reflectionTarget }: { row: TeacherReportRow; reflectionTarget: number }) {
  const { t } = useTranslation();
  return (
    <tr>
      <td className="nowrap">
        <strong>{row.teacher.name}</strong>
        {row.subject && <div className="muted">{t(`subject.${row.subject}`, { defaultValue: row.subject })}</div>}
      </td>
      <td>
        <Bar value={row.guidesLed} target={row.quota} label={t('admin.report.guidesLedLabel', { value: row.guidesLed, target: row.quota })} />
      </td>
      <td className="nowrap">
        {t('admin.report.finalsCell', { onTime: row.finalsOnTime, late: row.finalsLate })}
        {row.overdue > 0 && <div className="report-alert">{t('admin.report.overdueCell', { count: row.overdue })}</div>}
      </td>
      <td className="nowrap">{t('admin.report.meetingsCell', { count: row.meetingsAttended, minutes: row.minutesPresent })}</td>
      <td className="nowrap">{t('admin.report.suggestionsCell', { made: row.suggestionsMade, accepted: row.suggestionsAccepted })}</td>
      <td>{row.commentThreads}</td>
      <td>{row.classCopies}</td>
      <td>
        <Bar value={row.reflections} target={reflectionTarget} label={t('admin.report.reflectionsLabel', { value: row.reflections, target: reflectionTarget })} />
      </td>
    </tr>
  );
}
