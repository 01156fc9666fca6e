import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Guide, VersionSummary } from '../../../shared/schemas/guide.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { restoreVersion } from './restoreVersionApi.ts';
import { versionLabelText } from '../../i18n/versionLabel.ts';

interface RestoreVersionDialogProps {
  guide: Guide;
  version: VersionSummary | null;
  onClose: () => void;
}

/**
 * Says what restoring does (a new change everyone sees; nothing is lost) before doing it; once
 * done, offers to undo it (restoring the 恢复前 version the server kept of what it replaced).
 */
export function RestoreVersionDialog({ guide, version, onClose }: RestoreVersionDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The 恢复前 version of the restore just made, while its undo is offered.
  const [restorePoint, setRestorePoint] = useState<number | null>(null);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.guideContent(guide.id, null) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.guide(guide.id) }),
    ]);
  const done = () => {
    setRestorePoint(null);
    onClose();
    navigate(`/guides/${guide.id}`);
  };
  const restore = useMutation({
    mutationFn: (number: number) => restoreVersion(guide.id, number),
    onSuccess: async (result) => {
      await refresh();
      if (result.restorePoint === null) done();
      else setRestorePoint(result.restorePoint);
    },
  });
  const undo = useMutation({
    mutationFn: (number: number) => restoreVersion(guide.id, number),
    onSuccess: async () => {
      await refresh();
      done();
    },
  });
  const close = () => {
    if (restorePoint !== null) done();
    else onClose();
  };
  const title = version ? t('versions.restore.title', { label: versionLabelText(version.label, t) }) : '';
  const error = restore.error ?? undo.error;
  return (
    <Dialog title={title} open={version !== null} onClose={close}>
      {version && (
        <div className="restore-version" data-testid="restore-dialog">
          {restorePoint === null ? (
            <p>{t('versions.restore.explain', { label: versionLabelText(version.label, t) })}</p>
          ) : (
            <p role="status" data-testid="restore-done">
              {t('versions.restore.done', { label: versionLabelText(version.label, t), number: restorePoint })}
            </p>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          )}
          {restorePoint === null ? (
            <footer className="dialog-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button-primary"
                data-testid="confirm-restore"
                disabled={restore.isPending}
                onClick={() => restore.mutate(version.number)}
              >
                {restore.isPending ? t('versions.restore.pending') : t('versions.restore.confirm')}
              </button>
            </footer>
          ) : (
            <footer className="dialog-actions">
              <button type="button" className="button" data-testid="undo-restore" disabled={undo.isPending} onClick={() => undo.mutate(restorePoint)}>
                {undo.isPending ? t('versions.restore.pending') : t('versions.restore.undo')}
              </button>
              <button type="button" className="button button-primary" data-testid="restore-ok" onClick={done}>
                {t('versions.restore.ok')}
              </button>
            </footer>
          )}
        </div>
      )}
    </Dialog>
  );
}
