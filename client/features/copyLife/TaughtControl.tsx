import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyStatus } from '../../../shared/schemas/copyLife.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { localToday } from '../../i18n/dueDate.ts';
import { formatDate } from '../../i18n/formatDate.ts';
import { useMarkTaught } from './useMarkTaught.ts';

/** Today at the school, in its time zone. */
const today = () => localToday();

function scrollToBlock(blockId: string | null) {
  if (!blockId) return;
  document.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

interface TaughtControlProps {
  status: CopyStatus;
  groupId: string | null;
  isOwner: boolean;
}

/**
 * 已上课 with the date: the teacher says the lesson was taught, and a 教后反思 block (what worked,
 * what did not, what to change) joins the copy. Afterwards: the date and whether the reflection
 * is written.
 */
export function TaughtControl({ status, groupId, isOwner }: TaughtControlProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const taught = useMarkTaught(status.copyId, groupId);

  if (status.taughtOn) {
    return (
      <span className="taught-state" data-testid="taught-state">
        <span className="tag tag-ok">{t('copyLife.taughtOn', { date: formatDate(status.taughtOn) })}</span>
        <button type="button" className="link-button" onClick={() => scrollToBlock(status.reflectionBlockId)}>
          {status.reflectionWritten ? t('copyLife.reflectionWritten') : t('copyLife.reflectionToWrite')}
        </button>
      </span>
    );
  }
  if (!isOwner) return <span className="muted">{t('copyLife.notTaught')}</span>;
  return (
    <form
      className="taught-form"
      onSubmit={(event) => {
        event.preventDefault();
        taught.mutate(date, { onSuccess: (next) => setTimeout(() => scrollToBlock(next.reflectionBlockId), 300) });
      }}
    >
      <label className="taught-date">
        <span>{t('copyLife.taughtDate')}</span>
        <input type="date" name="taughtOn" value={date} max={today()} required onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="submit" className="button" disabled={taught.isPending} data-testid="mark-taught">
        {t('copyLife.markTaught')}
      </button>
      {taught.isError && (
        <span className="form-error" role="alert">
          {taught.error instanceof ApiRequestError ? taught.error.message : t('copyLife.taughtFailed')}
        </span>
      )}
    </form>
  );
}
