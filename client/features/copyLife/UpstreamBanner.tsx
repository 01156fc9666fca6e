import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyStatus } from '../../../shared/schemas/copyLife.ts';
import { PullPreviewDialog } from './PullPreviewDialog.tsx';

/** 定稿已更新: a later final exists; look at the group's changes and merge them (the copy's teacher). */
export function UpstreamBanner({ status, canPull }: { status: CopyStatus; canPull: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!status.behind) return null;
  return (
    <div className="upstream-banner" role="status" data-testid="upstream-banner">
      <span className="upstream-banner-title">{t('copyLife.updated')}</span>
      <span className="upstream-banner-text">
        {t(canPull ? 'copyLife.updatedText' : 'copyLife.updatedTextReader', { from: status.base.label, to: status.latestFinal.label })}
      </span>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="show-incoming">
        {t('copyLife.showIncoming')}
      </button>
      <PullPreviewDialog copyId={status.copyId} open={open} canPull={canPull} onClose={() => setOpen(false)} />
    </div>
  );
}
