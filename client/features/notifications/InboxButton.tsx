import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../shared/schemas/notification.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { onLiveNotification } from './liveNotifications.ts';
import { NotificationSettings } from './NotificationSettings.tsx';
import { markNotificationsRead, notificationsKey } from './notificationsApi.ts';
import { notificationText } from './notificationText.ts';
import { useNotifications } from './useNotifications.ts';
import './notifications.css';

/** 通知 in the top bar: the unread count, and the inbox that opens from it. */
export function InboxButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { notifications, unread, live } = useNotifications();
  const [open, setOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => setOpen(false), [location.pathname]);
  // A lesson assigned, a draft handed in, a new final: the guide list behind the page changed too.
  useEffect(
    () =>
      onLiveNotification((notification) => {
        if (notification.guideId) void queryClient.invalidateQueries({ queryKey: queryKeys.guides, exact: true });
      }),
    [queryClient],
  );
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (panel.current && !panel.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const markRead = useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey, exact: true }),
  });
  const openOne = (notification: Notification) => {
    if (!notification.read) {
      queryClient.setQueryData<Notification[]>(notificationsKey, (current = []) =>
        current.map((known) => (known.id === notification.id ? { ...known, read: true } : known)),
      );
      markRead.mutate([notification.id]);
    }
    setOpen(false);
    if (notification.link) void navigate(notification.link);
  };

  return (
    <div className="inbox" ref={panel}>
      <button
        type="button"
        className="button button-quiet inbox-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        data-testid="inbox-button"
        data-live={live}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('notifications.title')}
        {unread > 0 && (
          <span className="inbox-count" data-testid="inbox-count" aria-label={t('notifications.unread', { count: unread })}>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="inbox-panel" role="dialog" aria-label={t('notifications.title')} data-testid="inbox-panel">
          <div className="inbox-head">
            <strong>{t('notifications.title')}</strong>
            <span className="inbox-head-actions">
              <button type="button" className="link-button" disabled={unread === 0} onClick={() => markRead.mutate(undefined)}>
                {t('notifications.markAll')}
              </button>
              <button type="button" className="link-button" aria-expanded={settingsOpen} onClick={() => setSettingsOpen((shown) => !shown)}>
                {t('notifications.settings')}
              </button>
            </span>
          </div>
          {settingsOpen && <NotificationSettings />}
          {notifications.length === 0 ? (
            <p className="inbox-empty">{t('notifications.empty')}</p>
          ) : (
            <ul className="inbox-list">
              {notifications.map((notification) => (
                <li key={notification.id}>
                  <button
                    type="button"
                    className={notification.read ? 'inbox-item' : 'inbox-item is-unread'}
                    data-testid="inbox-item"
                    data-kind={notification.kind}
                    onClick={() => openOne(notification)}
                  >
                    <span className="inbox-kind">{t(`notifications.kind.${notification.kind}`)}</span>
                    <span className="inbox-text">{notificationText(t, notification)}</span>
                    <span className="inbox-time">{formatDateTime(notification.createdAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
