import type { Connection, Extension, Hocuspocus, afterHandleMessagePayload, beforeSyncPayload } from '@hocuspocus/server';

import { messageYjsSyncStep2 as syncStep2, messageYjsUpdate as syncUpdate } from 'y-protocols/sync';

/** How long a server edit waits for teachers' updates in flight, at most. */
const maxWaitMs = 2000;

/**
 * Teachers' updates between their arrival and their application: they are checked and stored
 * (which on Postgres takes a round trip) before Hocuspocus applies them. A server edit (accept
 * or reject a suggestion, pull a final into a class copy) waits for them, so it is computed on a
 * document that already has every update the server has accepted; an edit computed without them
 * would merge with them as a concurrent change, and a merge of formatting can move it onto
 * text it was not meant for.
 */
export class UpdatesInFlight implements Extension {
  extensionName = 'updatesInFlight';

  private readonly inFlight = new Map<string, Set<Connection>>();
  private readonly waiting = new Map<string, (() => void)[]>();

  /** The instance registered with a Hocuspocus server. */
  static of(hocuspocus: Hocuspocus): UpdatesInFlight | null {
    const found = hocuspocus.configuration.extensions.find((extension) => extension instanceof UpdatesInFlight);
    return (found as UpdatesInFlight | undefined) ?? null;
  }

  async beforeSync({ type, connection, documentName }: beforeSyncPayload) {
    if (type !== syncStep2 && type !== syncUpdate) return;
    let connections = this.inFlight.get(documentName);
    if (!connections) this.inFlight.set(documentName, (connections = new Set()));
    connections.add(connection);
  }

  async afterHandleMessage({ connection, documentName }: afterHandleMessagePayload) {
    const connections = this.inFlight.get(documentName);
    if (!connection || !connections?.delete(connection) || connections.size > 0) return;
    this.inFlight.delete(documentName);
    for (const resolve of this.waiting.get(documentName)?.splice(0) ?? []) resolve();
    this.waiting.delete(documentName);
  }

  /** Resolves once no update to the document is in flight (or after a short while regardless). */
  settled(documentName: string): Promise<void> {
    if (!this.inFlight.has(documentName)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxWaitMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      const queue = this.waiting.get(documentName) ?? [];
      queue.push(done);
      this.waiting.set(documentName, queue);
    });
  }
}
