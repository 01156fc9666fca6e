import type { Notification } from '../../../shared/schemas/notification.ts';
import { parseStatelessMessage } from '../../../shared/schemas/statelessMessage.ts';

type Listener = (notification: Notification) => void;
const listeners = new Set<Listener>();

/**
 * Notifications that arrive on the collaboration socket (a stateless message on the inbox
 * every page keeps open, or on an open editor) reach the inbox of the top bar through here,
 * whichever connection brought them.
 */
export function onLiveNotification(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Passes a stateless payload on when it is a notification; true when it was one. */
export function announceIfNotification(payload: string): boolean {
  const message = parseStatelessMessage(payload);
  if (message?.type !== 'notification') return false;
  for (const listener of listeners) listener(message.notification);
  return true;
}
