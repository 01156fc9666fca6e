import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { contentFragmentName } from '../../../shared/editor/schema.ts';
import { readSessionToken } from '../../api/sessionToken.ts';
import { parseAccessMessage } from './accessMessage.ts';
import { collabUrl } from './collabUrl.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';
export type DocumentAccess = 'edit' | 'read';

export interface CollabState {
  status: ConnectionStatus;
  /** Whether the socket was ever open, to tell 正在连接 from 正在重连. */
  hasConnected: boolean;
  /** The server's copy has been merged in at least once. */
  synced: boolean;
  /** The IndexedDB copy has been loaded and holds content (so the editor can open offline). */
  localContentLoaded: boolean;
  access: DocumentAccess;
  accessReason: string | null;
  /** Set when the server refused the document (no read access, bad token). */
  deniedReason: string | null;
}

export const initialCollabState: CollabState = {
  status: 'connecting',
  hasConnected: false,
  synced: false,
  localContentLoaded: false,
  access: 'edit',
  accessReason: null,
  deniedReason: null,
};

export interface CollabSession {
  document: Y.Doc;
  provider: HocuspocusProvider;
  destroy: () => void;
}

/**
 * One open document: a Y.Doc kept in IndexedDB (edits made offline or before a crash survive
 * and re-sync) and synced with the server through Hocuspocus. Reports its state through
 * `onChange`; `destroy` closes both and must be called when the page leaves the document.
 */
export function createCollabSession(docName: string, onChange: (patch: Partial<CollabState>) => void): CollabSession {
  const document = new Y.Doc();
  const persistence = new IndexeddbPersistence(`daoxuean:${docName}`, document);
  let destroyed = false;
  const report = (patch: Partial<CollabState>) => {
    if (!destroyed) onChange(patch);
  };

  void persistence.whenSynced.then(() => {
    if (document.getXmlFragment(contentFragmentName).length > 0) report({ localContentLoaded: true });
  });

  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: docName,
    document,
    // Read at every (re)connect, so a new login is picked up; the server also accepts the cookie.
    token: () => readSessionToken(),
    onStatus: ({ status }) => {
      if (status === WebSocketStatus.Connected) report({ status: 'connected', hasConnected: true });
      else report({ status: status === WebSocketStatus.Connecting ? 'connecting' : 'disconnected' });
    },
    onSynced: ({ state }) => {
      if (state) report({ synced: true });
    },
    onAuthenticated: ({ scope }) => {
      report({ access: scope === 'readonly' ? 'read' : 'edit', deniedReason: null });
    },
    onAuthenticationFailed: ({ reason }) => {
      report({ deniedReason: reason || 'permission denied' });
    },
    onStateless: ({ payload }) => {
      const message = parseAccessMessage(payload);
      if (message) report({ access: message.access, accessReason: message.reason ?? null });
    },
  });

  return {
    document,
    provider,
    destroy: () => {
      destroyed = true;
      provider.destroy();
      // The Y.Doc itself is left to the garbage collector: the editor bound to it may be
      // torn down after this (React unmounts parents' effects first).
      void persistence.destroy();
    },
  };
}
