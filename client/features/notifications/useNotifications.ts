import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '../../../shared/schemas/notification.ts';
import { useMe } from '../auth/useMe.ts';
import { holdInbox, onInboxLive, onInboxSynced } from './inboxConnection.ts';
import { onLiveNotification } from './liveNotifications.ts';
import { fetchNotifications, notificationsKey } from './notificationsApi.ts';

/**
 * The teacher's inbox: listed from the server, and kept open live on the collaboration socket
 * on every page, so a new notification is added the moment it is sent. The list is read again
 * whenever the live inbox (re)connects and when the tab comes back; only while it is not
 * connected is it asked for every minute.
 */
export function useNotifications() {
  const queryClient = useQueryClient();
  const userId = useMe().data?.user.id;
  const [live, setLive] = useState(false);
  const query = useQuery({ queryKey: notificationsKey, queryFn: fetchNotifications, refetchInterval: live ? false : 60_000 });
  useEffect(() => (userId ? holdInbox(userId) : undefined), [userId]);
  useEffect(() => onInboxLive(setLive), []);
  useEffect(() => onInboxSynced(() => void queryClient.invalidateQueries({ queryKey: notificationsKey, exact: true })), [queryClient]);
  useEffect(
    () =>
      onLiveNotification((notification) => {
        queryClient.setQueryData<Notification[]>(notificationsKey, (current = []) =>
          current.some((known) => known.id === notification.id) ? current : [notification, ...current],
        );
      }),
    [queryClient],
  );
  const notifications = query.data ?? [];
  return { notifications, unread: notifications.filter((notification) => !notification.read).length, live, query };
}
