import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { contentFragmentName } from '../../../shared/editor/schema.ts';
import type { AccessMessage } from '../../../shared/schemas/accessMessage.ts';
import { suggestionRefusalSchema, type SuggestionRefusal } from '../../../shared/schemas/suggestionRefusal.ts';
import type { Access } from '../../../shared/workflow/access.ts';
import { parseAccessMessage } from './accessMessage.ts';
import { collabUrl } from './collabUrl.ts';
import { announceIfNotification } from '../../features/notifications/liveNotifications.ts';

/** The close code of a connection whose edit the server could not store (see the server's persistence). */
const storageErrorCode = 1011;

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

/** The server changed this connection's access while it was open (e.g. 组长结束研讨). */
export interface AccessChange {
  access: Access;
  reason: string;
  stage: AccessMessage['stage'];
  /** The server's sentence (zh-CN), shown as is when present. */
  message: string | null;
  /** Counts the changes, so two identical messages in a row are still two events. */
  sequence: number;
  /** When this computer received it (Date.now()). */
  receivedAt: number;
}

export interface CollabState {
  status: ConnectionStatus;
  /** Whether the socket was ever open, to tell 正在连接 from 正在重连. */
  hasConnected: boolean;
  /** The server's copy has been merged in at least once. */
  synced: boolean;
  /** The IndexedDB copy has been loaded and holds content (so the editor can open offline). */
  localContentLoaded: boolean;
  /**
   * What the server lets this connection do, from the authentication scope and the last
   * access message; null until the server has said (the page then goes by the HTTP answer).
   */
  access: Access | null;
  accessReason: string | null;
  /** The last change of access announced while connected, for the banner that says why. */
  accessChange: AccessChange | null;
  /** Set when the server refused the document (no read access, bad token). */
  deniedReason: string | null;
  /**
   * The server could not save an edit (its storage failed) and closed the connection; the
   * provider reconnects and sends it again. Cleared once every edit is acknowledged.
   */
  saveFailed: boolean;
}

/** The server refused an update as not a suggestion; this computer's copy must start over. */
export interface RefusedChange {
  message: string;
  reason: SuggestionRefusal['reason'];
  receivedAt: number;
}

function parseSuggestionRefusal(payload: string): SuggestionRefusal | null {
  try {
    const parsed = suggestionRefusalSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const initialCollabState: CollabState = {
  status: 'connecting',
  hasConnected: false,
  synced: false,
  localContentLoaded: false,
  access: null,
  accessReason: null,
  accessChange: null,
  deniedReason: null,
  saveFailed: false,
};

export interface CollabSession {
  document: Y.Doc;
  provider: HocuspocusProvider;
  destroy: () => void;
  /** Forgets this computer's copy (IndexedDB), so the next session starts from the server's. */
  discardLocalCopy: () => Promise<void>;
}

/**
 * One open document: a Y.Doc kept in IndexedDB (edits made offline or before a crash survive
 * and re-sync) and synced with the server through Hocuspocus. Reports its state through
 * `onChange`; `destroy` closes both and must be called when the page leaves the document.
 */
export function createCollabSession(
  docName: string,
  onChange: (patch: Partial<CollabState>) => void,
  onRefused: (refusal: RefusedChange) => void = () => {},
): CollabSession {
  const document = new Y.Doc();
  const persistence = new IndexeddbPersistence(`daoxuean:${docName}`, document);
  let destroyed = false;
  let changes = 0;
  let lastAccess: Access | null = null;
  const report = (patch: Partial<CollabState>) => {
    if (!destroyed) onChange(patch);
  };
  const change = (message: Pick<AccessMessage, 'access' | 'reason' | 'stage' | 'message'>): AccessChange => {
    changes += 1;
    return {
      access: message.access,
      reason: message.reason,
      stage: message.stage,
      message: message.message ?? null,
      sequence: changes,
      receivedAt: Date.now(),
    };
  };

  void persistence.whenSynced.then(() => {
    if (document.getXmlFragment(contentFragmentName).length > 0) report({ localContentLoaded: true });
  });

  const provider = new HocuspocusProvider({
    url: collabUrl(),
    name: docName,
    document,
    // No token: the session cookie goes with every (re)connect's upgrade request and the
    // server authenticates the connection from it, so a new login is picked up too.
    token: '',
    onStatus: ({ status }) => {
      if (status === WebSocketStatus.Connected) report({ status: 'connected', hasConnected: true });
      else report({ status: status === WebSocketStatus.Connecting ? 'connecting' : 'disconnected' });
    },
    onSynced: ({ state }) => {
      if (state) report({ synced: true });
    },
    // The access itself arrives in the access message the server sends on every connect
    // (read, comment, suggest or edit); the authentication scope only says read-only or not.
    onAuthenticated: () => {
      report({ deniedReason: null });
    },
    // The server closes the socket with 1011 storage-error when it could not store an edit.
    onClose: ({ event }) => {
      if (event.code === storageErrorCode && String(event.reason).startsWith('storage-error')) report({ saveFailed: true });
    },
    onUnsyncedChanges: ({ number }) => {
      if (number === 0) report({ saveFailed: false });
    },
    onAuthenticationFailed: ({ reason }) => {
      report({ deniedReason: reason || 'permission denied' });
    },
    onStateless: ({ payload }) => {
      // A notification for the teacher goes to the inbox of the top bar.
      if (announceIfNotification(payload)) return;
      const refusal = parseSuggestionRefusal(payload);
      if (refusal && !destroyed) {
        onRefused({ message: refusal.message, reason: refusal.reason, receivedAt: Date.now() });
        return;
      }
      const message = parseAccessMessage(payload);
      if (!message) return;
      const patch: Partial<CollabState> = { access: message.access, accessReason: message.reason || null };
      // A stage change always says so; any other message that changes an access already known
      // is a change too (the teacher must see why the editor just locked or unlocked).
      const changed = message.reason === 'stage-changed' || (lastAccess !== null && lastAccess !== message.access);
      lastAccess = message.access;
      if (changed) patch.accessChange = change(message);
      report(patch);
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
    discardLocalCopy: () => persistence.clearData(),
  };
}
