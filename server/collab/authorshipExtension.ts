import type { Extension, Hocuspocus, afterUnloadDocumentPayload, beforeSyncPayload } from '@hocuspocus/server';
import { messageYjsSyncStep2 as syncStep2, messageYjsUpdate as syncUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AppContext } from '../appContext.ts';
import { insertDocClients, insertDocDeletions, type DocDeletion } from '../db/repos/authorship.ts';
import { logger } from '../logger.ts';
import type { CollabContext } from './collabContext.ts';

const log = logger.child({ module: 'authorship' });

/** What an update says about its author: the clients whose items it inserts, and whether it deletes. */
export function updateAuthorship(update: Uint8Array): { clientIds: number[]; deletes: boolean } {
  const { structs, ds } = Y.decodeUpdate(update);
  const clientIds = [...new Set(structs.map((struct) => struct.id.client))];
  let deletes = false;
  for (const items of ds.clients.values()) if (items.length > 0) deletes = true;
  return { clientIds, deletes };
}

/**
 * Who wrote what, kept beside the update log (which is compacted): each Yjs client of a
 * document is recorded as the teacher whose connection first sent an update with it, and each
 * update that deletes something is kept with its sender (Yjs itself remembers who inserted an
 * item, never who deleted it). Runs after persistence, so only stored updates count; a
 * read-only connection never gets here with an update. The diff reads both (see diffAuthors).
 */
export class AuthorshipExtension implements Extension {
  extensionName = 'authorship';
  /** The clients already recorded per open document, so a known one costs no write. */
  private readonly known = new Map<string, Set<number>>();
  /** Deletions being written: off the message path, awaited by whoever reads them (see settled). */
  private readonly pending = new Set<Promise<void>>();
  /** Deletions of this event-loop turn, written together once the turn's acknowledgements are out. */
  private queued: DocDeletion[] = [];

  constructor(private readonly app: Pick<AppContext, 'database'>) {}

  async beforeSync({ type, payload, documentName, connection, context }: beforeSyncPayload) {
    if ((type !== syncStep2 && type !== syncUpdate) || connection.readOnly) return;
    const userId = (context as CollabContext | undefined)?.user?.id;
    if (!userId || (payload.length === 2 && payload[0] === 0 && payload[1] === 0)) return;
    await this.record(documentName, payload, userId);
  }

  /** Records an update made on the server on a teacher's behalf (a restore, a merge, a harvest). */
  async record(documentName: string, update: Uint8Array, userId: string): Promise<void> {
    try {
      const { clientIds, deletes } = updateAuthorship(update);
      const known = this.known.get(documentName) ?? new Set<number>();
      this.known.set(documentName, known);
      const fresh = clientIds.filter((clientId) => !known.has(clientId));
      if (fresh.length > 0) {
        await insertDocClients(this.app.database.db, documentName, fresh, userId);
        fresh.forEach((clientId) => known.add(clientId));
      }
      if (deletes) this.queueDeletion({ docName: documentName, update, userId });
    } catch (error) {
      // Authorship is a courtesy of the history: the edit itself is stored already.
      log.error({ err: error, documentName }, `Recording who changed ${documentName} failed`);
    }
  }

  /**
   * A deleting keystroke is not held up by its record: the record is written after the
   * turn's I/O (setImmediate), so the acknowledgement goes out first, and the deletions of one
   * turn (many teachers typing) share one statement. The diff waits for it instead (settled).
   */
  private queueDeletion(deletion: DocDeletion) {
    this.queued.push(deletion);
    if (this.queued.length > 1) return;
    const written = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      const batch = this.queued;
      this.queued = [];
      try {
        await insertDocDeletions(this.app.database.db, batch);
      } catch (error) {
        const documentNames = [...new Set(batch.map((deletion) => deletion.docName))];
        log.error({ err: error, documentNames }, `Recording who deleted in ${documentNames.join(', ')} failed`);
      }
    });
    this.pending.add(written);
    void written.finally(() => this.pending.delete(written));
  }

  /** Resolves once every deletion recorded so far is written. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.known.delete(documentName);
  }
}

/** The running server's authorship extension. */
export function authorshipOf(hocuspocus: Hocuspocus): AuthorshipExtension | null {
  const found = hocuspocus.configuration.extensions.find((extension) => extension instanceof AuthorshipExtension);
  return (found as AuthorshipExtension | undefined) ?? null;
}
