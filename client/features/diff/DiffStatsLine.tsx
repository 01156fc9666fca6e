import { useTranslation } from 'react-i18next';
import type { DiffStats } from '../../../shared/schemas/diff.ts';

/** "3 个板块有改动 · +25 词 · −4 词", or 无改动. */
export function DiffStatsLine({ stats }: { stats: DiffStats }) {
  const { t } = useTranslation();
  if (stats.blocksChanged === 0) return <span className="diff-stats is-none">{t('diff.noChanges')}</span>;
  return (
    <span className="diff-stats" data-testid="diff-stats">
      <span>{t('diff.blocksChanged', { count: stats.blocksChanged })}</span>
      <span className="diff-stat-insert">{t('diff.wordsInserted', { count: stats.wordsInserted })}</span>
      <span className="diff-stat-delete">{t('diff.wordsDeleted', { count: stats.wordsDeleted })}</span>
    </span>
  );
}
