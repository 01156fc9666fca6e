import { useTranslation } from 'react-i18next';
import type { CollabState } from '../../editor/collab/collabSession.ts';
import { useOnline } from '../../editor/collab/useOnline.ts';

type Shown = 'connected' | 'connecting' | 'reconnecting' | 'offline';

/** 已连接 / 正在重连 / 离线, from the provider's status and the browser's own online flag. */
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
  if (collab.status === 'connected') return 'connected';
  if (collab.hasConnected) return 'reconnecting';
  if (collab.status === 'disconnected') return 'offline';
  return 'connecting';
}
