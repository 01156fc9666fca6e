import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { StageBadge } from '../../components/StageBadge.tsx';
import { gradeLabel } from '../../i18n/gradeLabel.ts';

/** 课题 with its stage, and the lesson's facts: 课型, 课时, 学科, 年级, 主备. */
export function GuideHeader({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('editor.header.lessonType'), t(`lessonType.${guide.lessonType}`, { defaultValue: guide.lessonType })],
    [t('editor.header.period'), guide.period ?? '—'],
    [t('editor.header.subject'), t(`subject.${guide.subject}`, { defaultValue: guide.subject })],
    [t('editor.header.grade'), gradeLabel(t, guide.grade)],
    [t('editor.header.leadDrafter'), guide.leadDrafter.name],
  ];

  return (
    <header className="guide-header">
      <Link to="/" className="back-link">
        ← {t('editor.backToList')}
      </Link>
      <h1 className="guide-header-title">
        <span data-testid="guide-title">{guide.title}</span>
        <StageBadge stage={guide.stage} />
      </h1>
      <dl className="guide-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="guide-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
