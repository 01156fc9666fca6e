import type { TFunction } from 'i18next';
import type { Notification } from '../../../shared/schemas/notification.ts';

/** The notification's sentence in the chosen language (the server's Chinese sentence when a name is missing). */
export function notificationText(t: TFunction, notification: Notification): string {
  const { kind, params } = notification;
  const key =
    kind === 'due' ? `notifications.text.due_${params.state === 'overdue' ? 'overdue' : 'tomorrow'}`
    : kind === 'suggestion' ? `notifications.text.suggestion_${params.state === 'rejected' ? 'rejected' : 'accepted'}`
    : kind === 'assigned' && params.dueDate ? 'notifications.text.assigned_due'
    : `notifications.text.${kind}`;
  const needsActor = !['due', 'final'].includes(kind);
  if (!params.title || (needsActor && !params.actor)) return notification.text;
  return t(key, { ...params, defaultValue: notification.text });
}
