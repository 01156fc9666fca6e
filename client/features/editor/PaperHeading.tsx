import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';
import type { PaperFacts } from './paperFacts.ts';
import { periodText } from '../../i18n/periodLabel.ts';

/** The top of the printed guide: school-style title and the header line teachers expect to see. */
export function PaperHeading({ paper }: { paper: PaperFacts }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('editor.header.subject'), paper.headerSubject ?? t(`subject.${paper.subject}`, { defaultValue: paper.subject })],
    [t('editor.header.grade'), paper.headerGrade ?? gradeLabel(t, paper.grade)],
    [t('editor.header.lessonType'), t(`lessonType.${paper.lessonType}`, { defaultValue: paper.lessonType })],
  ];
  if (paper.period) facts.push([t('editor.header.period'), periodText(paper.period, t)]);
  if (paper.className) facts.push([t('editor.header.className'), paper.className]);
  facts.push([t('editor.header.leadDrafter'), paper.leadDrafter]);
  facts.push([t('editor.header.reviewer'), paper.reviewer ?? '＿＿＿＿']);
  facts.push([t('editor.header.reviewedAt'), paper.reviewedAt ? formatDate(paper.reviewedAt) : '＿＿＿＿']);

  return (
    <header className="paper-heading" aria-hidden="true">
      <p className="paper-kicker">{paper.kicker}</p>
      <h2 className="paper-title">{paper.title}</h2>
      <p className="paper-meta">
        {facts.map(([label, value]) => (
          <span key={label}>
            {label}
            {t('common.colon')}
            {value}
          </span>
        ))}
      </p>
    </header>
  );
}
