import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClassCopyRow } from '../../../shared/schemas/copyLife.ts';
import { fetchDiff } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { DiffView } from '../diff/DiffView.tsx';
import { HarvestMenu } from '../harvest/HarvestMenu.tsx';

interface ClassCopyDiffProps {
  guideId: string;
  row: ClassCopyRow;
  canHarvest: boolean;
}

/** One class copy's changes against its final, unfolded under its row, with 采纳 for the leader. */
export function ClassCopyDiff({ guideId, row, canHarvest }: ClassCopyDiffProps) {
  const { t } = useTranslation();
  const from = `guide:${guideId}@${row.baseVersion}`;
  const to = `copy:${row.copyId}`;
  const diff = useQuery({ queryKey: queryKeys.diff(from, to), queryFn: () => fetchDiff(from, to) });
  if (diff.isPending) return <p className="page-status">{t('common.loading')}</p>;
  if (diff.isError) return <ErrorMessage error={diff.error} onRetry={() => void diff.refetch()} />;
  return (
    <DiffView
      diff={diff.data}
      mode="inline"
      fromLabel={row.baseVersionLabel}
      toLabel={t('diff.side.copy', { className: row.className, owner: row.teacher.name })}
      blockActions={canHarvest ? (block) => <HarvestMenu guideId={guideId} copyId={row.copyId} block={block} /> : undefined}
    />
  );
}
