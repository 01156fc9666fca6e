import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GuideSummary } from '../../../shared/schemas/guide.ts';
import { DueDate } from '../../components/DueDate.tsx';
import { StageBadge } from '../../components/StageBadge.tsx';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { periodText } from '../../i18n/periodLabel.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/** One row per guide (a card on a phone); the whole row opens the editor. */
export function GuideTable({ guides }: { guides: GuideSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sorted = [...guides].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <div className="table-frame">
      <table className="guide-table guide-list-table">
        <thead>
          <tr>
            <th>{t('guides.columns.title')}</th>
            <th>{t('guides.columns.subjectGrade')}</th>
            <th>{t('guides.columns.lessonType')}</th>
            <th>{t('guides.columns.period')}</th>
            <th>{t('guides.columns.leadDrafter')}</th>
            <th>{t('guides.columns.stage')}</th>
            <th>{t('guides.columns.version')}</th>
            <th>{t('guides.columns.dueDate')}</th>
            <th>{t('guides.columns.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((guide) => (
            <tr key={guide.id} className="guide-row" onClick={() => void navigate(`/guides/${guide.id}`)}>
              <td className="guide-title-cell">
                <Link to={`/guides/${guide.id}`} onClick={(event) => event.stopPropagation()}>
                  {guide.title}
                </Link>
                <span className="guide-group">{guide.groupName}</span>
              </td>
              <td data-label={t('guides.columns.subjectGrade')}>
                {t(`subject.${guide.subject}`, { defaultValue: guide.subject })} / {gradeLabel(t, guide.grade)}
              </td>
              <td className="nowrap" data-label={t('guides.columns.lessonType')}>
                {t(`lessonType.${guide.lessonType}`, { defaultValue: guide.lessonType })}
              </td>
              <td className="nowrap" data-label={t('guides.columns.period')}>
                {guide.period ? periodText(guide.period, t) : '—'}
              </td>
              <td className="nowrap" data-label={t('guides.columns.leadDrafter')}>
                {guide.leadDrafter.name}
              </td>
              <td className="nowrap" data-label={t('guides.columns.stage')}>
                <StageBadge stage={guide.stage} />
              </td>
              <td className="nowrap" data-label={t('guides.columns.version')}>
                {guide.latestVersion ? versionLabelText(guide.latestVersion.label, t) : '—'}
              </td>
              <td className="nowrap" data-label={t('guides.columns.dueDate')}>
                <DueDate dueDate={guide.dueDate} stage={guide.stage} />
              </td>
              <td className="nowrap muted" data-label={t('guides.columns.updatedAt')}>
                {formatDateTime(guide.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
