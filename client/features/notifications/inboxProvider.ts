import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { inboxChannelName } from '../../../shared/schemas/inboxChannel.ts';
import { collabUrl } from '../../editor/collab/collabUrl.ts';

export interface InboxProviderEvents {
  /** The socket is no longer connected. */
  onDisconnected: () => void;
  /** (Re)connected and synced. */
  onSynced: () => void;
  onStateless: (payload: string) => void;
  onAuthenticationFailed: () => void;
}

export interface InboxProvider {
  destroy: () => void;
}

/**
 * The inbox's connection on the collaboration socket (`inbox:<userId>`). A module of its own so
 * that the pages without an editor fetch Yjs and the provider after their own code, not with it.
 * No token: the session cookie goes with every (re)connect, and the server decides from it whose
 * inbox this is.
 */
export function openInboxProvider(userId: string, events: InboxProviderEvents): InboxProvider {
  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: inboxChannelName(userId),
    document: new Y.Doc(),
    token: '',
    onStatus: ({ status }) => {
      if (status !== WebSocketStatus.Connected) events.onDisconnected();
    },
    onSynced: ({ state }) => {
      if (state) events.onSynced();
    },
    onStateless: ({ payload }) => events.onStateless(payload),
    onAuthenticationFailed: () => events.onAuthenticationFailed(),
  });
  return {
    destroy: () => {
      provider.destroy();
      provider.document.destroy();
    },
  };
}
