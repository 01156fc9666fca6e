import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { inboxChannelName } from '../../../shared/schemas/inboxChannel.ts';
import { collabUrl } from '../../editor/collab/collabUrl.ts';
import { announceIfNotification } from './liveNotifications.ts';

type LiveListener = (live: boolean) => void;

interface OpenInbox {
  userId: string;
  provider?: HocuspocusProvider;
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
 * (announced through liveNotifications.ts). No token: the session cookie goes with every
 * (re)connect, and the server decides from it whose inbox this is. Returns the release.
 */
export function holdInbox(userId: string): () => void {
  if (open && open.userId !== userId) closeInbox();
  if (!open) {
    const inbox: OpenInbox = { userId, holders: 0, live: false };
    inbox.provider = new HocuspocusProvider({
      url: collabUrl(),
      name: inboxChannelName(userId),
      document: new Y.Doc(),
      token: '',
      onStatus: ({ status }) => {
        if (status !== WebSocketStatus.Connected) setLive(inbox, false);
      },
      // Connected again: what came while the socket was down is read from the list.
      onSynced: ({ state }) => {
        if (!state || open !== inbox) return;
        setLive(inbox, true);
        for (const listener of syncListeners) listener();
      },
      onStateless: ({ payload }) => {
        announceIfNotification(payload);
      },
      // Signed out (or the account was closed): no use asking again; the next login opens it anew.
      onAuthenticationFailed: () => {
        if (open === inbox) closeInbox();
      },
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
  inbox.provider?.document.destroy();
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
