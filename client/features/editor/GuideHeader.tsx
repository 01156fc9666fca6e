import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import { formatDate } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import { GuideLineage } from '../lineage/GuideLineage.tsx';
import { HeaderFacts, type HeaderFact } from './HeaderFacts.tsx';
import { versionLabelText } from '../../i18n/versionLabel.ts';
import { guideHeaderFacts } from '../guideHeader/guideHeaderFacts.ts';
import { lazyComponent } from '../../components/lazyComponent.tsx';
import { periodText } from '../../i18n/periodLabel.ts';

// 修改表头's form comes when it is first opened.
const GuideHeaderForm = lazyComponent(() => import('../guideHeader/GuideHeaderForm.tsx').then((module) => module.GuideHeaderForm));

/**
 * 课题 with its stage, and the lesson's facts: 课型, 课时, 学科, 年级, 主备人, 审核人, 审核日期, and
 * the header's other fields when it has them (授课时间, 编写时间 …). `editable`: 修改表头 for
 * whoever may edit the guide now, and 从 Word 导入 for its lead drafter while drafting.
 */
export function GuideHeader({ guide, checkCount, editable = false }: { guide: Guide; checkCount?: ReactNode; editable?: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const facts: HeaderFact[] = [
    { key: 'lessonType', label: t('editor.header.lessonType'), value: t(`lessonType.${guide.lessonType}`, { defaultValue: guide.lessonType }) },
    { key: 'period', label: t('editor.header.period'), value: guide.period ? periodText(guide.period, t) : '—' },
    // The 学科 and 年级 the guide's header prints (an imported file's), else the group's.
    { key: 'subject', label: t('editor.header.subject'), value: guide.header.subject ?? t(`subject.${guide.subject}`, { defaultValue: guide.subject }) },
    { key: 'grade', label: t('editor.header.grade'), value: guide.header.grade ?? gradeLabel(t, guide.grade) },
    { key: 'leadDrafter', label: t('editor.header.leadDrafter'), value: guide.leadDrafter.name },
    { key: 'reviewer', label: t('editor.header.reviewer'), value: guide.reviewer?.name ?? t('editor.header.notYet') },
    { key: 'reviewedAt', label: t('editor.header.reviewedAt'), value: guide.reviewedAt ? formatDate(guide.reviewedAt) : '—' },
    { key: 'dueDate', label: t('editor.header.dueDate'), value: formatDate(guide.dueDate) },
    ...guideHeaderFacts(guide.header, t),
  ];
  const mayEdit = editable && guide.access === 'edit';
  const mayImport = editable && guide.stage === 'drafting' && guide.myRoles.includes('leadDrafter');

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
      {(mayEdit || mayImport) && !editing && (
        <div className="guide-header-links">
          {mayEdit && (
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              {t('guideHeader.edit')}
            </button>
          )}
          {mayImport && (
            <Link to={`/import?guideId=${encodeURIComponent(guide.id)}`} className="button button-small">
              {t('guideHeader.importWord')}
            </Link>
          )}
        </div>
      )}
      {editing && <GuideHeaderForm guide={guide} onDone={() => setEditing(false)} />}
      <GuideLineage guide={guide} />
    </header>
  );
}
