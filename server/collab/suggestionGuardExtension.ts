import type { Connection, Extension, afterHandleMessagePayload, beforeSyncPayload } from '@hocuspocus/server';
import type { SuggestionRefusal } from '../../shared/schemas/suggestionRefusal.ts';
import { writesDocument } from '../../shared/workflow/access.ts';
import type { CollabContext } from './collabContext.ts';
import { SuggestionChecker } from './suggestionCheck.ts';

const syncStep2 = 1;
const syncUpdate = 2;

/**
 * Suggest-only teachers (members during 集体审稿) may only add suggestions. Each of their
 * updates is checked before Hocuspocus applies it; one that changes the document otherwise
 * is refused without closing the socket (closing would make the provider reconnect and send
 * the same update forever): the connection is read-only for that one message, so Hocuspocus
 * skips it and answers SyncStatus(false), and a stateless message tells the client why.
 */
export class SuggestionGuardExtension implements Extension {
  extensionName = 'suggestionGuard';

  private readonly refusing = new WeakSet<Connection>();
  private readonly checker = new SuggestionChecker();

  async beforeSync({ type, payload, connection, document, context }: beforeSyncPayload<CollabContext>) {
    if (type !== syncStep2 && type !== syncUpdate) return;
    if (context.access !== 'suggest' || connection.readOnly) return;
    const verdict = this.checker.check(document, payload, context.user.id);
    if (verdict.ok) return;
    console.warn(`Refused an update from ${context.user.username} to ${document.name}: ${verdict.reason}`);
    connection.readOnly = true;
    this.refusing.add(connection);
    const message: SuggestionRefusal = { type: 'suggestion-refused', reason: verdict.reason, message: verdict.message };
    connection.sendStateless(JSON.stringify(message));
  }

  async afterHandleMessage({ connection, context }: afterHandleMessagePayload<CollabContext>) {
    if (!connection || !this.refusing.has(connection)) return;
    this.refusing.delete(connection);
    // The access may have changed meanwhile (a stage change re-authorises the connection).
    connection.readOnly = !writesDocument(context.access);
  }
}
