import { useTranslation } from 'react-i18next';
import type { Guide } from '../../../shared/schemas/guide.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { gradeLabel } from '../../i18n/gradeLabel.ts';

/** The top of the printed guide: school-style title and the header line teachers expect to see. */
export function PaperHeading({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <header className="paper-heading" aria-hidden="true">
      <p className="paper-kicker">
        {guide.groupName}
        {guide.unit ? ` · ${guide.unit}` : ''}
      </p>
      <h2 className="paper-title">{guide.title}</h2>
      <p className="paper-meta">
        <span>
          {t('editor.header.subject')}{t('common.colon')}{t(`subject.${guide.subject}`, { defaultValue: guide.subject })}
        </span>
        <span>
          {t('editor.header.grade')}{t('common.colon')}{gradeLabel(t, guide.grade)}
        </span>
        <span>
          {t('editor.header.lessonType')}{t('common.colon')}{t(`lessonType.${guide.lessonType}`, { defaultValue: guide.lessonType })}
        </span>
        <span>
          {t('editor.header.leadDrafter')}{t('common.colon')}{guide.leadDrafter.name}
        </span>
        {guide.dueDate && (
          <span>
            {t('editor.header.dueDate')}{t('common.colon')}{formatDate(guide.dueDate)}
          </span>
        )}
      </p>
    </header>
  );
}
