import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../client.ts';

/**
 * The text of every guide, saved version and class copy, kept for search (检索) as the
 * documents change (server/search/searchIndexer.ts). On SQLite an FTS5 table with the trigram
 * tokenizer mirrors it (Chinese matches as substrings, with no word splitting); on Postgres
 * pg_trgm indexes serve `LIKE '%…%'`.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('search_entries')
    /** `guide:<id>`, `version:<guideId>:<number>` or `copy:<id>`. */
    .addColumn('key', 'text', (column) => column.primaryKey())
    /** guide | version | copy */
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('copy_id', 'text')
    .addColumn('version_number', 'integer')
    /** The guide's group: who may read the entry (with the owner of a class copy). */
    .addColumn('group_id', 'text', (column) => column.notNull())
    /**
     * The same as words the full-text index can require: `⟨<group id>⟩` and, for a class copy,
     * `⟦<owner id>⟧`, so a search reads only the part of the index its reader may read.
     */
    .addColumn('scope', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('search_entries_guide').on('search_entries').column('guide_id').execute();
  await db.schema.createIndex('search_entries_group').on('search_entries').column('group_id').execute();
  await db.schema.createIndex('search_entries_updated').on('search_entries').column('updated_at').execute();

  if (dialect === 'sqlite') {
    await sql`create virtual table search_fts using fts5(title, body, scope, content='search_entries', content_rowid='rowid', tokenize='trigram')`.execute(db);
    await sql`create trigger search_entries_insert after insert on search_entries begin
      insert into search_fts(rowid, title, body, scope) values (new.rowid, new.title, new.body, new.scope);
    end`.execute(db);
    await sql`create trigger search_entries_delete after delete on search_entries begin
      insert into search_fts(search_fts, rowid, title, body, scope) values ('delete', old.rowid, old.title, old.body, old.scope);
    end`.execute(db);
    await sql`create trigger search_entries_update after update on search_entries begin
      insert into search_fts(search_fts, rowid, title, body, scope) values ('delete', old.rowid, old.title, old.body, old.scope);
      insert into search_fts(rowid, title, body, scope) values (new.rowid, new.title, new.body, new.scope);
    end`.execute(db);
    return;
  }
  await sql`create extension if not exists pg_trgm`.execute(db);
  // One index over the title and the text, so a word is found in either with one index scan.
  await sql`create index search_entries_text_trgm on search_entries using gin ((title || ' ' || body) gin_trgm_ops)`.execute(db);
}
