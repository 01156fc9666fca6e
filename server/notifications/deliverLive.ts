import type { Hocuspocus } from '@hocuspocus/server';
import type { Notification, NotificationMessage } from '../../shared/schemas/notification.ts';
import type { AppContext } from '../appContext.ts';
import { openConnections } from '../collab/connectionAccess.ts';
import { findNotification } from './notificationStore.ts';

/**
 * Brings a notification to its teacher's connections on this instance, over the WebSocket
 * they already have open: the inbox every page of the app keeps open (`inbox:<userId>`) and
 * any editor (one message per open document; the client keeps each notification once, by its
 * id). Returns how many got it.
 */
export function deliverLive(hocuspocus: Hocuspocus, userId: string, notification: Notification): number {
  const message: NotificationMessage = { type: 'notification', notification };
  const payload = JSON.stringify(message);
  let delivered = 0;
  for (const { connection, context } of openConnections(hocuspocus)) {
    if (context.user.id !== userId) continue;
    connection.sendStateless(payload);
    delivered++;
  }
  return delivered;
}

/** Another instance stored a notification: deliver it to this instance's connections of its teacher. */
export async function deliverStoredNotification(app: Pick<AppContext, 'database' | 'hocuspocus'>, userId: string, notificationId: string): Promise<void> {
  const notification = await findNotification(app.database.db, notificationId);
  if (notification) deliverLive(app.hocuspocus, userId, notification);
}
