import { useTranslation } from 'react-i18next';
import { useNotifications } from './useNotifications.ts';
import './notifications.css';

/** The unread count on the phone's menu button, where the inbox is folded away. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const { unread } = useNotifications();
  if (unread === 0) return null;
  return (
    <span className="inbox-count" aria-label={t('notifications.unread', { count: unread })}>
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
