import {
  MessageType,
  type Connection,
  type Document,
  type Extension,
  type beforeHandleAwarenessPayload,
  type beforeHandleMessagePayload,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { presenceUser } from '../../shared/presence/presenceUser.ts';
import type { CollabContext } from './collabContext.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'awareness-guard' });

/** The largest presence state (bytes of its JSON, as relayed) a connection may share. */
export const awarenessStateLimit = 4096;

const utf8 = new TextEncoder();

/**
 * The client ids of an incoming awareness message, in the order sent, or null for any other
 * message (or one that does not decode: Hocuspocus refuses those itself). Read from the raw
 * message because the states Hocuspocus hands to beforeHandleAwareness come from a scratch
 * Awareness, which adds an empty state of its own under an id of its own.
 */
function awarenessClientIds(message: Uint8Array): number[] | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MessageType.Awareness) return null;
    // The update as y-protocols' encodeAwarenessUpdate writes it: a count, then per client
    // its id, its clock and its state as JSON (skipped here, not parsed).
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    const ids: number[] = [];
    for (let index = 0; index < count; index += 1) {
      ids.push(decoding.readVarUint(update));
      decoding.readVarUint(update);
      decoding.readVarUint8Array(update);
    }
    return ids;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Presence (Yjs awareness: who is here, their caret and selection) is relayed to everyone in
 * the document and kept for newcomers, so the server decides what a connection may put there:
 *
 * - Each connection has one entry, under the first client id it uses that no other live
 *   connection holds. Entries under any other id are dropped, so nobody can overwrite or
 *   remove another connection's presence, not even one of the same teacher's. (An editor
 *   that reconnects before the server has seen its old socket die shows its old caret until
 *   then; the old entry goes with the old socket and the next caret move takes the id.)
 * - Its `user` field (name, username, id, colour: what the caret label and the presence list
 *   show) is written by the server from the authenticated user, whatever the client sent.
 * - A state over awarenessStateLimit is dropped, and the others keep the previous one. Not
 *   closed: the provider would reconnect and send the same state again, over and over, and a
 *   real editor never sends one (a caret is a few hundred bytes); the teacher goes on editing.
 *
 * Read-only connections keep their presence: everyone sees who is reading along.
 * Updates relayed by another instance (no connection) were judged there and pass unchanged.
 */
export class AwarenessGuardExtension implements Extension {
  extensionName = 'awarenessGuard';

  /** The client ids of the awareness message each connection is sending now. */
  private readonly sending = new WeakMap<Connection, number[]>();
  /** The one client id each connection speaks for. */
  private readonly ownIds = new WeakMap<Connection, number>();
  /** Per document, which connection holds each client id. */
  private readonly holders = new WeakMap<Document, Map<number, Connection>>();
  /** Connections already warned about (one log line per connection, not per message). */
  private readonly warned = new WeakSet<Connection>();

  async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload<CollabContext>) {
    // Hocuspocus handles one message of a connection at a time: this message's
    // beforeHandleAwareness runs next, before the connection's next message is read.
    const ids = awarenessClientIds(update);
    if (ids) this.sending.set(connection, ids);
    else this.sending.delete(connection);
  }

  async beforeHandleAwareness({ connection, context, document, states }: beforeHandleAwarenessPayload<CollabContext>) {
    if (!connection) return;
    const sent = this.sending.get(connection) ?? [];
    this.sending.delete(connection);
    if (!context) {
      states.clear();
      return;
    }
    // Claimed from the ids sent, not the states applied: an editor's first state (clock 0) is
    // not applied, and its id must be its own from that first message on.
    const ownId = this.ownIdOf(connection, context, document, sent);
    for (const [clientId, state] of states) {
      if (clientId !== ownId || !isPlainObject(state)) {
        states.delete(clientId);
        continue;
      }
      const stamped = { ...state, user: presenceUser(context.user) };
      const size = utf8.encode(JSON.stringify(stamped)).length;
      if (size > awarenessStateLimit) {
        this.warnOnce(connection, `Dropped a presence state of ${size} bytes from ${context.user.username} in ${document.name}`);
        states.delete(clientId);
        continue;
      }
      states.set(clientId, stamped);
    }
  }

  /** The client id the connection speaks for, claiming the first free one it sends; null while it has none. */
  private ownIdOf(connection: Connection, context: CollabContext, document: Document, candidates: number[]): number | null {
    const known = this.ownIds.get(connection);
    if (known !== undefined) return known;
    let holders = this.holders.get(document);
    if (!holders) {
      holders = new Map();
      this.holders.set(document, holders);
    }
    for (const clientId of candidates) {
      const holder = holders.get(clientId);
      if (holder !== undefined && holder !== connection && document.hasConnection(holder)) {
        this.warnOnce(connection, `Refused presence under another connection's client id from ${context.user.username} in ${document.name}`);
        continue;
      }
      holders.set(clientId, connection);
      this.ownIds.set(connection, clientId);
      // Hocuspocus removes a connection's entries when it closes, but counts an id as the
      // connection's only when it first appears; an id taken over after its old socket
      // closed would otherwise outlive this connection until it times out.
      document.getClients(connection).add(clientId);
      connection.onClose(() => {
        if (holders.get(clientId) === connection) holders.delete(clientId);
      });
      return clientId;
    }
    return null;
  }

  private warnOnce(connection: Connection, message: string) {
    if (this.warned.has(connection)) return;
    this.warned.add(connection);
    log.warn(message);
  }
}
