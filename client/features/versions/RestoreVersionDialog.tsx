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

/** Says what restoring does (a new change everyone sees; nothing is lost) before doing it. */
export function RestoreVersionDialog({ guide, version, onClose }: RestoreVersionDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const restore = useMutation({
    mutationFn: (number: number) => restoreVersion(guide.id, number),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.guideContent(guide.id, null) });
      onClose();
      navigate(`/guides/${guide.id}`);
    },
  });
  const title = version ? t('versions.restore.title', { label: versionLabelText(version.label, t) }) : '';
  return (
    <Dialog title={title} open={version !== null} onClose={onClose}>
      {version && (
        <div className="restore-version" data-testid="restore-dialog">
          <p>{t('versions.restore.explain', { label: versionLabelText(version.label, t) })}</p>
          {restore.error && (
            <p className="form-error" role="alert">
              {restore.error.message}
            </p>
          )}
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
        </div>
      )}
    </Dialog>
  );
}
