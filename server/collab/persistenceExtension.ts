import type {
  Connection,
  Extension,
  afterHandleMessagePayload,
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';
import { messageYjsSyncStep1 as syncStep1, messageYjsSyncStep2 as syncStep2, messageYjsUpdate as syncUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { parseInboxChannelName } from '../../shared/schemas/inboxChannel.ts';
import type { DocumentStore } from '../db/repos/documentStore.ts';
import { DocumentFrozenError } from '../errors.ts';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'persistence' });

/** Compaction waits a moment after its trigger, so it runs off the message path. */
const compactionDelayMs = 50;
/**
 * And runs at most this often per document: a guide with hundreds of teachers typing reaches
 * the update threshold several times a second, and each compaction reads and rewrites the
 * whole state. The log only grows by a few seconds' worth meanwhile, which loads fast.
 */
const compactionIntervalMs = 2000;

/** Where a Y.Doc transaction came from, in Hocuspocus' origin shape (`connection`, `redis`, `local`). */
function originSource(origin: unknown): string | undefined {
  return isTransactionOrigin(origin) ? origin.source : undefined;
}

/** A Yjs (v1) update with no structs and an empty delete set: nothing to store. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** The close of a connection whose update could not be stored (a full disk, a database refusing writes). */
export const frozenClose = { code: 4403, reason: 'forbidden: the guide is final (定稿) and can no longer be edited' };
export const storageErrorClose = { code: 1011, reason: 'storage-error: the edit could not be saved; reconnecting to send it again' };

/** Updates applied from the store itself (healing an instance from the shared log). */
const storeOrigin = { source: 'store' };

/**
 * Durability: every update to a loaded document is in the update log before the client
 * is told it arrived.
 * - A client's update is appended in `beforeSync`, which Hocuspocus awaits before applying
 *   the update (and so before it acknowledges it with SyncStatus). On SQLite the appends
 *   of one event-loop turn are committed together (see DocStore.append); each `beforeSync`
 *   resolves only once its update is committed.
 * - Updates made on the server are appended from the `update` event: synchronously on
 *   SQLite, and on Postgres awaited by the command through `whenStored`.
 * Hocuspocus' debounced onStoreDocument is not used; the log is compacted in the background.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'persistence';

  private readonly pendingCompactions = new Map<string, NodeJS.Timeout>();
  private readonly appendedSinceCompaction = new Map<string, number>();
  private readonly pendingAppends = new Map<string, Promise<void>>();
  private readonly lastCompactionAt = new Map<string, number>();
  /** Documents whose writes are held while their access is being decided again (see holdWrites). */
  private readonly writesHeld = new Map<string, Promise<void>>();
  /** Clients' updates past the hold and not yet handled, per document. */
  private readonly writesPassing = new Map<string, Set<Connection>>();
  private readonly passingDone = new Map<string, (() => void)[]>();

  constructor(
    private readonly store: DocumentStore,
    private readonly compactAfterUpdates: number,
    /** Re-read the shared log when a client connects (several instances behind a relay). */
    private readonly healOnConnect = false,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
    // An inbox holds nothing and is never stored (its connections are read-only).
    if (parseInboxChannelName(documentName)) return;
    const stored = await this.store.load(documentName);
    if (!stored.state && stored.updates.length === 0) {
      throw Object.assign(new Error(`No document ${documentName}`), { reason: 'not-found' });
    }
    Y.transact(document, () => {
      if (stored.state) Y.applyUpdate(document, stored.state);
      for (const update of stored.updates) Y.applyUpdate(document, update.bytes);
    });
    this.appendedSinceCompaction.set(documentName, stored.updates.length);
    // Attached after the stored state is applied, so loading does not append it again.
    const appendSync = this.store.appendSync;
    document.on('update', (update: Uint8Array, origin: unknown) => {
      const source = originSource(origin);
      // Already in the log: read from it, relayed by the instance that appended it, or a
      // client's update, appended in beforeSync.
      if (origin === storeOrigin || source === 'redis' || source === 'connection') return;
      if (appendSync) appendSync(documentName, update);
      else this.appendLater(documentName, update);
      this.counted(documentName);
    });
    if (stored.updates.length >= this.compactAfterUpdates) this.scheduleCompaction(documentName);
  }

  async beforeSync({ type, payload, documentName, connection, document }: beforeSyncPayload) {
    if (parseInboxChannelName(documentName)) return;
    if (type === syncStep1) {
      await this.heal(document, documentName);
      return;
    }
    if (type !== syncStep2 && type !== syncUpdate) return;
    // While the document's access is being decided again (a stage change), its writes wait,
    // and then go by the new access: an update refused for it never reaches the log.
    for (let held = this.writesHeld.get(documentName); held; held = this.writesHeld.get(documentName)) await held;
    // Hocuspocus refuses the update of a read-only connection after this hook: not stored.
    if (connection.readOnly) return;
    // A client with nothing new (sync step 2 right after connecting) sends an empty update.
    if (isEmptyUpdate(payload)) return;
    this.passing(documentName, connection, true);
    try {
      await this.store.append(documentName, payload);
    } catch (error) {
      if (error instanceof DocumentFrozenError) {
        // Finalised on another instance a moment ago: refused, and the connection reopens
        // with the access the final gives (read and comment).
        connection.readOnly = true;
        connection.webSocket.close(frozenClose.code, frozenClose.reason);
        throw Object.assign(new Error('document frozen'), frozenClose);
      }
      // Not stored, so not applied and not acknowledged. The socket is closed rather than
      // kept: its provider reconnects and sends the edit again until storage is back, and
      // the editor says the save failed instead of showing itself connected.
      log.error({ err: error, documentName }, `Storing an update to ${documentName} failed`);
      connection.readOnly = true;
      connection.webSocket.close(storageErrorClose.code, storageErrorClose.reason);
      throw Object.assign(new Error('storage error'), storageErrorClose);
    }
    this.counted(documentName);
  }

  async afterHandleMessage({ documentName, connection }: afterHandleMessagePayload) {
    if (connection) this.passing(documentName, connection, false);
  }

  /**
   * Runs `decide` (a change of the document's stage and its connections' access) with the
   * document's writes held: updates already stored are applied first, so `decide` sees
   * them; updates arriving meanwhile wait and are then stored only if their connection may
   * still write. One decision per document at a time.
   */
  async holdWrites<Result>(documentName: string, decide: () => Promise<Result>): Promise<Result> {
    for (let held = this.writesHeld.get(documentName); held; held = this.writesHeld.get(documentName)) await held;
    let release!: () => void;
    this.writesHeld.set(documentName, new Promise<void>((resolve) => (release = resolve)));
    try {
      if (this.writesPassing.has(documentName)) {
        await new Promise<void>((resolve) => {
          const waiting = this.passingDone.get(documentName) ?? [];
          waiting.push(resolve);
          this.passingDone.set(documentName, waiting);
        });
      }
      return await decide();
    } finally {
      this.writesHeld.delete(documentName);
      release();
    }
  }

  /** Resolves once every update made on the server to this document is in the log. */
  whenStored(documentName: string): Promise<void> {
    return this.pendingAppends.get(documentName) ?? Promise.resolve();
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    if (parseInboxChannelName(documentName)) return;
    await this.whenStored(documentName);
    this.scheduleCompaction(documentName);
  }

  async onDestroy() {
    for (const [documentName, timer] of this.pendingCompactions) {
      clearTimeout(timer);
      await this.compactNow(documentName);
    }
    this.pendingCompactions.clear();
  }

  /**
   * When several instances share the log, one that missed a relayed update heals here: a
   * client (re)connecting asks for the state (sync step 1), and the instance first reads the
   * log again (updates are idempotent), so the answer holds every acknowledged edit.
   */
  private async heal(document: Y.Doc, documentName: string) {
    if (!this.healOnConnect) return;
    const stored = await this.store.load(documentName);
    Y.transact(
      document,
      () => {
        if (stored.state) Y.applyUpdate(document, stored.state);
        for (const update of stored.updates) Y.applyUpdate(document, update.bytes);
      },
      storeOrigin,
    );
  }

  /**
   * Tracks a client's update from its append until Hocuspocus has handled it. A connection
   * handles one message at a time, so it has at most one update passing.
   */
  private passing(documentName: string, connection: Connection, passing: boolean) {
    const connections = this.writesPassing.get(documentName) ?? new Set<Connection>();
    if (passing) {
      connections.add(connection);
      this.writesPassing.set(documentName, connections);
      return;
    }
    if (!connections.delete(connection) || connections.size > 0) return;
    this.writesPassing.delete(documentName);
    for (const resolve of this.passingDone.get(documentName)?.splice(0) ?? []) resolve();
    this.passingDone.delete(documentName);
  }

  private appendLater(documentName: string, update: Uint8Array) {
    const previous = this.pendingAppends.get(documentName) ?? Promise.resolve();
    const next = previous.then(() => this.store.append(documentName, update));
    this.pendingAppends.set(documentName, next);
    void next.finally(() => {
      if (this.pendingAppends.get(documentName) === next) this.pendingAppends.delete(documentName);
    });
  }

  private counted(documentName: string) {
    const count = (this.appendedSinceCompaction.get(documentName) ?? 0) + 1;
    this.appendedSinceCompaction.set(documentName, count);
    if (count >= this.compactAfterUpdates) this.scheduleCompaction(documentName);
  }

  /** Compaction runs off the message path, a moment after the trigger, and not too often. */
  private scheduleCompaction(documentName: string) {
    if (this.pendingCompactions.has(documentName)) return;
    const last = this.lastCompactionAt.get(documentName) ?? Number.NEGATIVE_INFINITY;
    const delay = Math.max(compactionDelayMs, last + compactionIntervalMs - Date.now());
    const timer = setTimeout(() => {
      this.pendingCompactions.delete(documentName);
      void this.compactNow(documentName);
    }, delay);
    timer.unref();
    this.pendingCompactions.set(documentName, timer);
  }

  private async compactNow(documentName: string) {
    const startedAt = Date.now();
    this.lastCompactionAt.set(documentName, startedAt);
    // Forgotten once it no longer matters, so closed guides leave nothing behind.
    setTimeout(() => {
      if (this.lastCompactionAt.get(documentName) === startedAt) this.lastCompactionAt.delete(documentName);
    }, compactionIntervalMs).unref();
    try {
      this.appendedSinceCompaction.set(documentName, 0);
      await this.store.compact(documentName);
    } catch (error) {
      // The log is still complete; the next trigger tries again.
      log.error({ err: error, documentName }, `Compaction of ${documentName} failed`);
    }
  }
}
