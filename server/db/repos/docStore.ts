import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from './documentStore.ts';
import { mergeStored } from './mergeStored.ts';

interface PendingAppend {
  docName: string;
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The document store on the embedded SQLite database. A client's update is appended with
 * `append` (awaited before Hocuspocus applies and acknowledges it); updates made on the
 * server with `appendSync`, inside the Y.Doc's `update` event.
 */
export class DocStore implements DocumentStore {
  private readonly statements;
  private readonly appendAll;
  private pending: PendingAppend[] = [];
  private committedThisTurn = false;
  private commitScheduled = false;

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    this.statements = {
      append: sqlite.prepare('insert into doc_updates (doc_name, bytes, created_at) values (?, ?, ?)'),
      state: sqlite.prepare('select state from documents where name = ?'),
      updates: sqlite.prepare('select id, bytes from doc_updates where doc_name = ? order by id'),
      upsertState: sqlite.prepare(
        'insert into documents (name, state, updated_at) values (?, ?, ?) ' +
          'on conflict(name) do update set state = excluded.state, updated_at = excluded.updated_at',
      ),
      deleteUpTo: sqlite.prepare('delete from doc_updates where doc_name = ? and id <= ?'),
    };
    this.appendAll = sqlite.transaction((batch: PendingAppend[]) => {
      const now = new Date().toISOString();
      for (const { docName, update } of batch) this.statements.append.run(docName, update, now);
    });
  }

  /**
   * Appends at once. The connection is shared with the rest of the data: inside a transaction
   * someone else has open, the update would roll back with it after being acknowledged, so
   * that is refused (a command edits live documents outside its transactions).
   */
  appendSync = (docName: string, update: Uint8Array): void => {
    if (this.sqlite.inTransaction) {
      throw new Error(`Refused to append to the update log of ${docName} inside an open transaction: it would roll back with it`);
    }
    this.statements.append.run(docName, update, new Date().toISOString());
  };

  /**
   * Resolves once the update is committed. The first append of an event-loop turn is
   * committed at once (a lone typist waits for nothing); the appends that follow it in the
   * same turn (many clients typing into the same guides) are committed together in one
   * transaction right after that turn's I/O, so a burst costs one WAL write instead of one
   * per update. While another transaction is open on the connection, appends wait for it to
   * end. None resolves, and so none is acknowledged, before its commit.
   */
  append(docName: string, update: Uint8Array): Promise<void> {
    if (!this.committedThisTurn && !this.sqlite.inTransaction) {
      this.committedThisTurn = true;
      this.scheduleCommit();
      try {
        this.appendSync(docName, update);
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve();
    }
    this.scheduleCommit();
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ docName, update, resolve, reject });
    });
  }

  private scheduleCommit() {
    if (this.commitScheduled) return;
    this.commitScheduled = true;
    setImmediate(this.commitPending);
  }

  private readonly commitPending = () => {
    this.commitScheduled = false;
    if (this.sqlite.inTransaction) {
      // Whoever holds the transaction is awaiting I/O; commit once it has ended.
      this.commitScheduled = true;
      setTimeout(this.commitPending, 1);
      return;
    }
    this.committedThisTurn = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    try {
      this.appendAll(batch);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    for (const entry of batch) entry.resolve();
  };

  async load(docName: string): Promise<StoredDocument> {
    return this.loadNow(docName);
  }

  async loadMerged(docName: string): Promise<Uint8Array | null> {
    const stored = this.loadNow(docName);
    if (!stored.state && stored.updates.length === 0) return null;
    return mergeStored(stored);
  }

  async create(docName: string, state: Uint8Array): Promise<void> {
    this.appendSync(docName, state);
  }

  /**
   * Merges the log into the stored state. One transaction writes the merged state and
   * deletes the log rows it merged, so a crash at any point leaves either the old state +
   * log or the new state + the rows appended since.
   */
  async compact(docName: string): Promise<{ merged: number }> {
    const run = this.sqlite.transaction(() => {
      const stored = this.loadNow(docName);
      if (stored.updates.length === 0) return { merged: 0 };
      const merged = mergeStored(stored);
      const lastId = stored.updates[stored.updates.length - 1].id;
      this.statements.upsertState.run(docName, merged, new Date().toISOString());
      this.statements.deleteUpTo.run(docName, lastId);
      return { merged: stored.updates.length };
    });
    return run.immediate();
  }

  private loadNow(docName: string): StoredDocument {
    const row = this.statements.state.get(docName) as { state: Buffer } | undefined;
    const updates = (this.statements.updates.all(docName) as { id: number; bytes: Buffer }[]).map((update) => ({
      id: update.id,
      bytes: new Uint8Array(update.bytes),
    }));
    return { state: row ? new Uint8Array(row.state) : null, updates };
  }
}
