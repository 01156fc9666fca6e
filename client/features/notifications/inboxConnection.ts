import { announceIfNotification } from './liveNotifications.ts';
import type { InboxProvider } from './inboxProvider.ts';

type LiveListener = (live: boolean) => void;

interface OpenInbox {
  userId: string;
  /** Set once the provider's code has arrived (fetched on first use). */
  provider?: InboxProvider;
  /** How many parts of the page asked for it (the top bar's inbox, the phone's menu badge). */
  holders: number;
  live: boolean;
}

let open: OpenInbox | null = null;
const liveListeners = new Set<LiveListener>();
const syncListeners = new Set<() => void>();

function setLive(inbox: OpenInbox, live: boolean) {
  if (open !== inbox || inbox.live === live) return;
  inbox.live = live;
  for (const listener of liveListeners) listener(live);
}

/**
 * Keeps the teacher's inbox open on the collaboration socket (`inbox:<userId>`) while any part
 * of the page holds it, whatever the page: the server sends each new notification over it
 * (announced through liveNotifications.ts). The connection's code (Yjs and the provider) is
 * fetched on first use, after the page's own. Returns the release.
 */
export function holdInbox(userId: string): () => void {
  if (open && open.userId !== userId) closeInbox();
  if (!open) {
    const inbox: OpenInbox = { userId, holders: 0, live: false };
    void import('./inboxProvider.ts').then(({ openInboxProvider }) => {
      if (open !== inbox) return; // released before the code arrived
      inbox.provider = openInboxProvider(userId, {
        onDisconnected: () => setLive(inbox, false),
        // Connected again: what came while the socket was down is read from the list.
        onSynced: () => {
          if (open !== inbox) return;
          setLive(inbox, true);
          for (const listener of syncListeners) listener();
        },
        onStateless: announceIfNotification,
        // Signed out (or the account was closed): no use asking again; the next login opens it anew.
        onAuthenticationFailed: () => {
          if (open === inbox) closeInbox();
        },
      });
    }).catch(() => {
      // The code could not be fetched (offline): the list is asked for every minute while the
      // inbox is not connected, so nothing is missed; the next page load tries again.
    });
    open = inbox;
  }
  const held = open;
  held.holders += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.holders -= 1;
    if (held.holders <= 0 && open === held) closeInbox();
  };
}

function closeInbox() {
  const inbox = open;
  if (!inbox) return;
  setLive(inbox, false);
  open = null;
  inbox.provider?.destroy();
}

/** Whether the inbox is connected now (notifications arrive live), and every change of it. */
export function onInboxLive(listener: LiveListener): () => void {
  liveListeners.add(listener);
  listener(open?.live ?? false);
  return () => {
    liveListeners.delete(listener);
  };
}

/** Each time the inbox has (re)connected. */
export function onInboxSynced(listener: () => void): () => void {
  syncListeners.add(listener);
  return () => {
    syncListeners.delete(listener);
  };
}
