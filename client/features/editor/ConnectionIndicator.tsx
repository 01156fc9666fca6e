import { useTranslation } from 'react-i18next';
import type { CollabState } from '../../editor/collab/collabSession.ts';
import { useOnline } from '../../editor/collab/useOnline.ts';

type Shown = 'connected' | 'connecting' | 'reconnecting' | 'offline' | 'saveFailed';

/**
 * 已连接 / 正在重连 / 离线 / 保存失败，正在重试, from the provider's status, the browser's own online
 * flag and whether the server could store the last edits.
 */
export function ConnectionIndicator({ collab }: { collab: CollabState }) {
  const { t } = useTranslation();
  const online = useOnline();
  const shown = shownStatus(online, collab);

  return (
    <span
      className={`connection-indicator is-${shown}`}
      data-status={shown}
      role="status"
      title={shown === 'offline' ? t('editor.connection.offlineNote') : undefined}
    >
      <span className="connection-dot" aria-hidden="true" />
      {t(`editor.connection.${shown}`)}
    </span>
  );
}

function shownStatus(online: boolean, collab: CollabState): Shown {
  if (!online) return 'offline';
  if (collab.saveFailed) return 'saveFailed';
  if (collab.status === 'connected') return 'connected';
  if (collab.hasConnected) return 'reconnecting';
  if (collab.status === 'disconnected') return 'offline';
  return 'connecting';
}
