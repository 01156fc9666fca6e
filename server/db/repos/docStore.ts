import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentStore, StoredDocument } from './documentStore.ts';
import { mergeStored } from './mergeStored.ts';

/**
 * The document store on the embedded SQLite database. `appendSync` runs inside the Y.Doc's
 * `update` event, before Hocuspocus acknowledges the update to the client.
 */
export class DocStore implements DocumentStore {
  private readonly statements;

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
  }

  appendSync = (docName: string, update: Uint8Array): void => {
    this.statements.append.run(docName, update, new Date().toISOString());
  };

  async append(docName: string, update: Uint8Array): Promise<void> {
    this.appendSync(docName, update);
  }

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
