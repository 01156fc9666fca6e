import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchGroupReport } from '../../api/groupsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import type { TeacherReportRow } from '../../../shared/schemas/termReport.ts';
import { TeacherReportTable } from '../report/TeacherReportTable.tsx';

/** A member's own line of the term report, as a short list that fits a phone. */
function MyTermLine({ row, reflectionTarget }: { row: TeacherReportRow; reflectionTarget: number }) {
  const { t } = useTranslation();
  const items: [label: string, value: string, short: boolean][] = [
    [t('admin.report.guidesLed'), `${row.guidesLed} / ${row.quota}`, row.guidesLed < row.quota],
    [t('admin.report.finals'), t('admin.report.finalsCell', { onTime: row.finalsOnTime, late: row.finalsLate }), row.overdue > 0],
    [t('admin.report.meetings'), t('admin.report.meetingsCell', { count: row.meetingsAttended, minutes: row.minutesPresent }), false],
    [t('admin.report.suggestions'), t('admin.report.suggestionsCell', { made: row.suggestionsMade, accepted: row.suggestionsAccepted }), false],
    [t('admin.report.comments'), String(row.commentThreads), false],
    [t('admin.report.copies'), String(row.classCopies), false],
    [t('admin.report.reflections'), `${row.reflections} / ${reflectionTarget}`, row.reflections < reflectionTarget],
  ];
  return (
    <dl className="plan-report-mine" data-testid="plan-report-mine">
      {items.map(([label, value, short]) => (
        <div key={label} className={short ? 'is-short' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The group's part of the 教务处's term report under the plan: the leader sees every member's
 * line and the group's totals, a member their own line.
 */
export function GroupTermReport({ groupId, termId }: { groupId: string; termId: string }) {
  const { t } = useTranslation();
  const report = useQuery({ queryKey: queryKeys.groupReport(groupId, termId), queryFn: () => fetchGroupReport(groupId, termId) });
  const data = report.data;
  const group = data?.groups[0];
  return (
    <section className="plan-report" aria-labelledby="plan-report-title">
      <h2 id="plan-report-title">{t(data?.scope === 'self' ? 'plan.report.mine' : 'plan.report.group')}</h2>
      {report.isPending && <p className="page-status">{t('common.loading')}</p>}
      {report.isError && <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />}
      {group && (
        <p className="muted" data-testid="plan-report-group">
          {t('plan.report.groupLine', {
            count: group.guides,
            meetings: group.meetingsHeld,
            onTime: group.finalsOnTime,
            late: group.finalsLate,
            overdue: group.overdueLessons,
          })}
        </p>
      )}
      {data?.scope === 'group' && <TeacherReportTable rows={data.teachers} reflectionTarget={data.reflectionTarget} />}
      {data?.scope === 'self' && data.teachers[0] && <MyTermLine row={data.teachers[0]} reflectionTarget={data.reflectionTarget} />}
    </section>
  );
}
