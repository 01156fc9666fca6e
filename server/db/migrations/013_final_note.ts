import type { Kysely } from 'kysely';

/**
 * History teachers can use.
 * - `guide_versions.note`: the 定稿说明 the leader writes when finalising (what changed and
 *   why), kept with the final and shown in the version list and on the next final's diff.
 * - `doc_clients`: which teacher each Yjs client of a document was (its clientID, recorded
 *   from the connection that first sent an update with it), so a diff names who wrote what
 *   long after the update log has been compacted.
 * - `doc_deletions`: the delete set of each update that removed something, with the teacher
 *   whose connection sent it (Yjs keeps who inserted, never who deleted).
 */
export async function up(db: Kysely<unknown>, binary: 'blob' | 'bytea'): Promise<void> {
  const postgres = binary === 'bytea';
  await db.schema.alterTable('guide_versions').addColumn('note', 'text').execute();

  await db.schema
    .createTable('doc_clients')
    .addColumn('doc_name', 'text', (column) => column.notNull())
    .addColumn('client_id', 'bigint', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('doc_clients_pk', ['doc_name', 'client_id'])
    .execute();

  await db.schema
    .createTable('doc_deletions')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (column) => (postgres ? column.primaryKey() : column.primaryKey().autoIncrement()))
    .addColumn('doc_name', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('delete_set', binary, (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('doc_deletions_doc').on('doc_deletions').column('doc_name').execute();
}
