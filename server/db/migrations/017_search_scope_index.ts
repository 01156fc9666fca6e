import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client.ts';

/**
 * Search on Postgres reads only what its reader may read: one GIN index over who may read an
 * entry (the words of its `scope`: `⟨group⟩`, and `⟦owner⟧` for a class copy) and its text
 * (title and body, pg_trgm), so a search intersects the reader's part of the index with the
 * entries holding the words' trigrams before any text is read again. Before, the trigram index
 * alone answered, and a common phrase made every matching text of the school be read and
 * checked, most of it then thrown away as another group's. SQLite's FTS5 table has the scope
 * as a column already.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`create index search_entries_scope_text on search_entries using gin ((string_to_array(scope, ' ')), (title || ' ' || body) gin_trgm_ops)`.execute(db);
  // The new index serves a query on the text alone as well.
  await sql`drop index search_entries_text_trgm`.execute(db);
}
