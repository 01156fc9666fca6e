import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import { formatDate } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { GuideLineage } from '../lineage/GuideLineage.tsx';
import { HeaderFacts, type HeaderFact } from './HeaderFacts.tsx';
import { versionLabelText } from '../../i18n/versionLabel.ts';

/** 课题 with its stage, and the lesson's facts: 课型, 课时, 学科, 年级, 主备人, 审核人, 审核日期. */
export function GuideHeader({ guide, checkCount }: { guide: Guide; checkCount?: ReactNode }) {
  const { t } = useTranslation();
  const facts: HeaderFact[] = [
    { key: 'lessonType', label: t('editor.header.lessonType'), value: t(`lessonType.${guide.lessonType}`, { defaultValue: guide.lessonType }) },
    { key: 'period', label: t('editor.header.period'), value: guide.period ?? '—' },
    { key: 'subject', label: t('editor.header.subject'), value: t(`subject.${guide.subject}`, { defaultValue: guide.subject }) },
    { key: 'grade', label: t('editor.header.grade'), value: gradeLabel(t, guide.grade) },
    { key: 'leadDrafter', label: t('editor.header.leadDrafter'), value: guide.leadDrafter.name },
    { key: 'reviewer', label: t('editor.header.reviewer'), value: guide.reviewer?.name ?? t('editor.header.notYet') },
    { key: 'reviewedAt', label: t('editor.header.reviewedAt'), value: guide.reviewedAt ? formatDate(guide.reviewedAt) : '—' },
    { key: 'dueDate', label: t('editor.header.dueDate'), value: formatDate(guide.dueDate) },
  ];

  return (
    <header className="guide-header">
      <Link to="/" className="back-link">
        ← {t('editor.backToList')}
      </Link>
      <h1 className="guide-header-title">
        <span data-testid="guide-title">{guide.title}</span>
        <StageBadge stage={guide.stage} />
        {guide.latestVersion && <span className="tag tag-quiet">{versionLabelText(guide.latestVersion.label, t)}</span>}
        {checkCount}
      </h1>
      <HeaderFacts facts={facts} />
      <GuideLineage guide={guide} />
    </header>
  );
}
