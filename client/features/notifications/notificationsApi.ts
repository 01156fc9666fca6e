import { z } from 'zod';
import {
  markReadResultSchema,
  notificationSchema,
  notificationSettingsSchema,
  type NotificationKind,
} from '../../../shared/schemas/notification.ts';
import { apiFetch } from '../../api/apiFetch.ts';

export const notificationsKey = ['notifications'] as const;
export const notificationSettingsKey = ['notifications', 'settings'] as const;

export function fetchNotifications() {
  return apiFetch('/api/notifications', z.array(notificationSchema));
}

/** Marks these read, or all when `ids` is left out. */
export function markNotificationsRead(ids?: string[]) {
  return apiFetch('/api/notifications/read', markReadResultSchema, { method: 'POST', body: ids ? { ids } : {} });
}

export function fetchNotificationSettings() {
  return apiFetch('/api/notifications/settings', notificationSettingsSchema);
}

export function saveNotificationSettings(muted: NotificationKind[]) {
  return apiFetch('/api/notifications/settings', notificationSettingsSchema, { method: 'PUT', body: { muted } });
}
