import { sql, type Kysely } from 'kysely';
import { guideIdOfDocName } from '../../../shared/schemas/documentName.ts';
import { DocumentFrozenError } from '../../errors.ts';
import type { Database } from '../schema.ts';
import type { DocumentStore, StoredDocument } from './documentStore.ts';
import { mergeStored } from './mergeStored.ts';

/**
 * The document store on Postgres, shared by every instance. The log is the source of
 * truth: an instance that missed a relayed update finds it here on load.
 */
export class PgDocStore implements DocumentStore {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Appends an update. An update to a guide is stored only while the guide is not final, in
   * the same statement: it takes a share lock on the guide's row, so a 定稿 (which holds the
   * row for update while it saves the version) either comes after it, and its version holds
   * the update, or before it, and the update is refused with DocumentFrozenError. This holds
   * for every instance writing to the same database.
   */
  async append(docName: string, update: Uint8Array): Promise<void> {
    const bytes = Buffer.from(update);
    const createdAt = new Date().toISOString();
    const guideId = guideIdOfDocName(docName);
    if (!guideId) {
      await this.db.insertInto('doc_updates').values({ doc_name: docName, bytes, created_at: createdAt }).execute();
      return;
    }
    const result = await sql`
      insert into doc_updates (doc_name, bytes, created_at)
      select ${docName}, ${bytes}, ${createdAt}
      where (select stage from guides where id = ${guideId} for share) is distinct from 'final'
    `.execute(this.db);
    if (Number(result.numAffectedRows ?? 0) === 0) throw new DocumentFrozenError(docName);
  }

  /**
   * Reads the log first and the state second. A compaction committing in between leaves us
   * rows it has already merged plus the state that holds them, which applies to the same
   * document; the other order could miss the rows it deleted.
   */
  async load(docName: string): Promise<StoredDocument> {
    const updates = await this.db
      .selectFrom('doc_updates')
      .select(['id', 'bytes'])
      .where('doc_name', '=', docName)
      .orderBy('id')
      .execute();
    const state = await this.db.selectFrom('documents').select('state').where('name', '=', docName).executeTakeFirst();
    return {
      state: state ? new Uint8Array(state.state) : null,
      updates: updates.map((update) => ({ id: Number(update.id), bytes: new Uint8Array(update.bytes) })),
    };
  }

  async loadMerged(docName: string): Promise<Uint8Array | null> {
    const stored = await this.load(docName);
    if (!stored.state && stored.updates.length === 0) return null;
    return mergeStored(stored);
  }

  async create(docName: string, state: Uint8Array): Promise<void> {
    await this.append(docName, state);
  }

  /**
   * Merges the log into the state. The rows merged are deleted by id, not by "up to", so an
   * update another instance commits meanwhile (possibly with a lower id) stays in the log.
   */
  async compact(docName: string): Promise<{ merged: number }> {
    return this.db.transaction().execute(async (transaction) => {
      // One compaction per document at a time, across instances.
      await transaction
        .selectFrom('documents')
        .select('name')
        .where('name', '=', docName)
        .forUpdate()
        .execute();
      const store = new PgDocStore(transaction);
      const stored = await store.load(docName);
      if (stored.updates.length === 0) return { merged: 0 };
      const merged = mergeStored(stored);
      const now = new Date().toISOString();
      await transaction
        .insertInto('documents')
        .values({ name: docName, state: Buffer.from(merged), updated_at: now })
        .onConflict((conflict) => conflict.column('name').doUpdateSet({ state: Buffer.from(merged), updated_at: now }))
        .execute();
      const ids = stored.updates.map((update) => update.id);
      // Postgres takes at most 65,535 parameters per statement.
      for (let start = 0; start < ids.length; start += 10_000) {
        await transaction.deleteFrom('doc_updates').where('id', 'in', ids.slice(start, start + 10_000)).execute();
      }
      return { merged: stored.updates.length };
    });
  }
}
