import type { Kysely } from 'kysely';

/**
 * Each school's own labels for the block kinds (学习目标 / 目标导航 …), used when a Word guide
 * is imported. One row per school and kind; kinds without a row use the defaults from
 * shared/import/labelMapping.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('label_synonyms')
    .addColumn('school_id', 'text', (column) => column.notNull().references('schools.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    /** A JSON array of labels. */
    .addColumn('labels', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('label_synonyms_pk', ['school_id', 'kind'])
    .execute();
}
