import { useTranslation } from 'react-i18next';
import type { Stage } from '../../shared/workflow/stages.ts';
import { isOverdue } from '../i18n/dueDate.ts';
import { formatDate } from '../i18n/formatDate.ts';

/** A due date, in red with 已逾期 when the draft is late. */
export function DueDate({ dueDate, stage }: { dueDate: string | null; stage: Stage }) {
  const { t } = useTranslation();
  if (!dueDate) return <span className="due-date muted">—</span>;
  const overdue = isOverdue(dueDate, stage);
  return (
    <span className={overdue ? 'due-date is-overdue' : 'due-date'} data-overdue={overdue}>
      {formatDate(dueDate)}
      {overdue && <span className="overdue-tag">{t('tasks.overdue')}</span>}
    </span>
  );
}
