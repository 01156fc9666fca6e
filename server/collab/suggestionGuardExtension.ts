import type { Connection, Extension, afterHandleMessagePayload, beforeSyncPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import { writesDocument } from '../../shared/workflow/access.ts';
import type { CollabContext } from './collabContext.ts';
import { SuggestionChecker } from './suggestionCheck.ts';
import { messageYjsSyncStep2 as syncStep2, messageYjsUpdate as syncUpdate } from 'y-protocols/sync';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'suggestion-guard' });

/** The origin of the server's own formatting repairs (stored in the log like any server edit). */
const repairOrigin = { source: 'suggestion-repair' };

/**
 * Suggest-only teachers (members during 集体审稿) may only add suggestions. Each of their
 * updates is checked before Hocuspocus applies it; one that changes the document otherwise
 * is refused without closing the socket (closing would make the provider reconnect and send
 * the same update forever): the connection is read-only for that one message, so Hocuspocus
 * skips it and answers SyncStatus(false), and a stateless message tells the client why.
 * When someone typed at the same spot at the same moment, the merge can move the update's
 * formatting; such an update is judged as typed and accepted, and the server puts the
 * formatting back right after applying it (see suggestionRepair.ts).
 */
export class SuggestionGuardExtension implements Extension {
  extensionName = 'suggestionGuard';

  private readonly refusing = new WeakSet<Connection>();
  private readonly repairs = new WeakMap<Connection, Uint8Array>();
  private readonly checker = new SuggestionChecker();

  async beforeSync({ type, payload, connection, document, context }: beforeSyncPayload<CollabContext>) {
    // A suggesting member syncs (step 1) as soon as they open the guide: from then on direct
    // edits are watched for merge effects too.
    if (context.access === 'suggest') this.checker.watch(document);
    if (type !== syncStep2 && type !== syncUpdate) return;
    if (connection.readOnly) return;
    if (context.access !== 'suggest') {
      const repair = this.checker.repairFor(document, payload, context.user.id);
      if (repair) this.repairs.set(connection, repair);
      return;
    }
    const verdict = this.checker.check(document, payload, context.user.id);
    if (verdict.ok) {
      if ('repair' in verdict) this.repairs.set(connection, verdict.repair);
      return;
    }
    log.warn({ user: context.user.username, documentName: document.name, reason: verdict.reason }, `Refused an update from ${context.user.username} to ${document.name}: ${verdict.reason}`);
    connection.readOnly = true;
    this.refusing.add(connection);
    const message: SuggestionRefusal = { type: 'suggestion-refused', reason: verdict.reason, message: verdict.message };
    connection.sendStateless(JSON.stringify(message));
  }

  async afterHandleMessage({ connection, context, document }: afterHandleMessagePayload<CollabContext>) {
    if (!connection) return;
    const repair = this.repairs.get(connection);
    if (repair) {
      // Hocuspocus has just applied the update: put the formatting back as it was typed.
      this.repairs.delete(connection);
      Y.applyUpdate(document, repair, repairOrigin);
    }
    if (!this.refusing.has(connection)) return;
    this.refusing.delete(connection);
    // The access may have changed meanwhile (a stage change re-authorises the connection).
    connection.readOnly = !writesDocument(context.access);
  }
}
