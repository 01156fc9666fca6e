import type BetterSqlite3 from 'better-sqlite3';
import * as Y from 'yjs';

export interface StoredDocument {
  /** The compacted state, or null for a document that was never compacted. */
  state: Uint8Array | null;
  /** Updates appended since, oldest first. */
  updates: { id: number; bytes: Uint8Array }[];
}

/**
 * Merges a stored state and its log into one update by applying them to a scratch Y.Doc.
 * `Y.mergeUpdates` gives the same document but grows quadratically with the number of
 * small updates (minutes for a 50,000-update log); a Y.Doc integrates them in one pass,
 * and its encoding drops the content of deleted text.
 */
function mergeStored(stored: StoredDocument): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
  });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}

/**
 * The store of living Y.Docs: a compacted state per document plus an append-only log of
 * the updates after it. `append` is synchronous so that it runs inside the Y.Doc's
 * `update` event, before Hocuspocus acknowledges the update to the client.
 */
export class DocStore {
  private readonly statements;

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    this.statements = {
      append: sqlite.prepare('insert into doc_updates (doc_name, bytes, created_at) values (?, ?, ?)'),
      state: sqlite.prepare('select state from documents where name = ?'),
      updates: sqlite.prepare('select id, bytes from doc_updates where doc_name = ? order by id'),
      count: sqlite.prepare('select count(*) as count from doc_updates where doc_name = ?'),
      upsertState: sqlite.prepare(
        'insert into documents (name, state, updated_at) values (?, ?, ?) ' +
          'on conflict(name) do update set state = excluded.state, updated_at = excluded.updated_at',
      ),
      deleteUpTo: sqlite.prepare('delete from doc_updates where doc_name = ? and id <= ?'),
      exists: sqlite.prepare(
        'select 1 from documents where name = ? union all select 1 from doc_updates where doc_name = ? limit 1',
      ),
    };
  }

  append(docName: string, update: Uint8Array): void {
    this.statements.append.run(docName, update, new Date().toISOString());
  }

  load(docName: string): StoredDocument {
    const row = this.statements.state.get(docName) as { state: Buffer } | undefined;
    const updates = (this.statements.updates.all(docName) as { id: number; bytes: Buffer }[]).map((update) => ({
      id: update.id,
      bytes: new Uint8Array(update.bytes),
    }));
    return { state: row ? new Uint8Array(row.state) : null, updates };
  }

  exists(docName: string): boolean {
    return this.statements.exists.get(docName, docName) !== undefined;
  }

  logLength(docName: string): number {
    return (this.statements.count.get(docName) as { count: number }).count;
  }

  /** The document's whole state as one update (state + log merged), without touching the store. */
  loadMerged(docName: string): Uint8Array | null {
    const stored = this.load(docName);
    if (!stored.state && stored.updates.length === 0) return null;
    return mergeStored(stored);
  }

  /**
   * Writes a new document's first state. The state goes to the log like any other
   * update, so creating a document and editing it follow the same path.
   */
  create(docName: string, state: Uint8Array): void {
    this.append(docName, state);
  }

  /**
   * Merges the log into the stored state. One transaction writes the merged state and
   * deletes exactly the log rows it merged, so a crash at any point leaves either the
   * old state + log or the new state + the rows appended since.
   */
  compact(docName: string): { merged: number } {
    const run = this.sqlite.transaction(() => {
      const stored = this.load(docName);
      if (stored.updates.length === 0) return { merged: 0 };
      const merged = mergeStored(stored);
      const lastId = stored.updates[stored.updates.length - 1].id;
      this.statements.upsertState.run(docName, merged, new Date().toISOString());
      this.statements.deleteUpTo.run(docName, lastId);
      return { merged: stored.updates.length };
    });
    return run.immediate();
  }
}
