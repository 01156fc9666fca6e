import { useTranslation } from 'react-i18next';
import type { TeacherReportRow } from '../../../shared/schemas/termReport.ts';
import '../admin/admin.css';

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
 * The term report's line per teacher: guides led against the quota, finals on time or late,
 * meetings, suggestions, comment threads, class copies and 教后反思 against the target. Those
 * furthest behind their quota come first.
 */
export function TeacherReportTable({ rows, reflectionTarget }: { rows: readonly TeacherReportRow[]; reflectionTarget: number }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => a.guidesLed / a.quota - b.guidesLed / b.quota);
  return (
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
            <TeacherRow key={row.teacher.id} row={row} reflectionTarget={reflectionTarget} />
          ))}
        </tbody>
      </table>
    </div>
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
