import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GuideSummary } from '../../../shared/schemas/guide.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { periodText } from '../../i18n/periodLabel.ts';

/** One row per lesson of the term, in the order the server gives (by due date). */
export function TermPlanTable({ lessons, userId }: { lessons: GuideSummary[]; userId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="table-frame">
      <table className="guide-table plan-table" data-testid="term-plan">
        <thead>
          <tr>
            <th className="plan-index">#</th>
            <th>{t('plan.columns.title')}</th>
            <th>{t('plan.columns.leadDrafter')}</th>
            <th>{t('plan.columns.dueDate')}</th>
            <th>{t('plan.columns.stage')}</th>
            <th>{t('plan.columns.version')}</th>
            <th>
              <span className="visually-hidden">{t('plan.columns.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lessons.map((lesson, index) => (
            <tr key={lesson.id} className="plan-row" data-guide-id={lesson.id}>
              <td className="plan-index muted">{index + 1}</td>
              <td className="guide-title-cell">
                <Link to={`/guides/${lesson.id}`}>{lesson.title}</Link>
                <span className="guide-group">
                  {t(`lessonType.${lesson.lessonType}`, { defaultValue: lesson.lessonType })}
                  {lesson.period ? ` · ${periodText(lesson.period, t)}` : ''}
                </span>
              </td>
              <td className="nowrap">
                {lesson.leadDrafter.name}
                {lesson.leadDrafter.id === userId && <span className="muted">{t('editor.presence.you')}</span>}
              </td>
              <td className="nowrap">
                <DueDate dueDate={lesson.dueDate} stage={lesson.stage} />
              </td>
              <td>
                <StageBadge stage={lesson.stage} />
              </td>
              <td className="nowrap">
                {lesson.latestVersion ? (
                  <span className="version-chip">{versionLabelText(lesson.latestVersion.label, t)}</span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="nowrap">
                <Link to={`/guides/${lesson.id}`} className="plan-open">
                  {t('plan.open')} →
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
