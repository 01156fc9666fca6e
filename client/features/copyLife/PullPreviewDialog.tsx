import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { fetchIncomingChanges } from '../../api/copyLifeApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { DiffModeSwitch } from '../diff/DiffModeSwitch.tsx';
import { DiffStatsLine } from '../diff/DiffStatsLine.tsx';
import { DiffView, type DiffMode } from '../diff/DiffView.tsx';
import { usePullCopy } from './usePullCopy.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

interface PullPreviewDialogProps {
  copyId: string;
  open: boolean;
  /** Only the copy's teacher merges; the group may look. */
  canPull: boolean;
  onClose: () => void;
}

/** 查看更新: the group's changes from the copy's base final to the latest, and 合并更新. */
export function PullPreviewDialog({ copyId, open, canPull, onClose }: PullPreviewDialogProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<DiffMode>('inline');
  const incoming = useQuery({
    queryKey: queryKeys.copyIncoming(copyId),
    queryFn: () => fetchIncomingChanges(copyId),
    enabled: open,
  });
  const pull = usePullCopy(copyId);
  const data = incoming.data;
  const title = data ? t('copyLife.preview.title', { from: versionLabelText(data.base.label, t), to: versionLabelText(data.latestFinal.label, t) }) : t('copyLife.preview.titleLoading');

  return (
    <Dialog title={title} open={open} onClose={onClose} wide>
      <div className="pull-preview" data-testid="pull-preview">
        <p className="pull-preview-intro">{t('copyLife.preview.intro')}</p>
        {incoming.isPending && <p className="page-status">{t('common.loading')}</p>}
        {incoming.isError && <ErrorMessage error={incoming.error} onRetry={() => void incoming.refetch()} />}
        {data && (
          <>
            <div className="diff-toolbar">
              <DiffModeSwitch mode={mode} onChange={setMode} />
              <DiffStatsLine stats={data.diff.stats} />
            </div>
            <div className="pull-preview-diff">
              <DiffView diff={data.diff} mode={mode} fromLabel={versionLabelText(data.base.label, t)} toLabel={versionLabelText(data.latestFinal.label, t)} />
            </div>
          </>
        )}
        {pull.isError && (
          <p className="form-error" role="alert">
            {pull.error instanceof ApiRequestError ? pull.error.message : t('copyLife.preview.failed')}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          {canPull && data?.behind && (
            <button
              type="button"
              className="button button-primary"
              data-testid="confirm-pull"
              disabled={pull.isPending}
              onClick={() => pull.mutate(undefined, { onSuccess: onClose })}
            >
              {pull.isPending ? t('copyLife.merging') : t('copyLife.merge')}
            </button>
          )}
        </footer>
      </div>
    </Dialog>
  );
}
