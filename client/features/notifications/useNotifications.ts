import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '../../../shared/schemas/notification.ts';
import { onLiveNotification } from './liveNotifications.ts';
import { fetchNotifications, notificationsKey } from './notificationsApi.ts';

/**
 * The teacher's inbox: listed from the server (again every minute and when the tab comes back),
 * and a notification that arrives on an open editor's WebSocket is added at once.
 */
export function useNotifications() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: notificationsKey, queryFn: fetchNotifications, refetchInterval: 60_000 });
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
  return { notifications, unread: notifications.filter((notification) => !notification.read).length, query };
}
