import type { Kysely } from 'kysely';

/**
 * 从其他导学案复制: each block a teacher copied from a saved version of another guide into a
 * guide or a class copy, so the source shows where its blocks were reused. The copied block
 * itself carries its credit (its `origin` attribute); this row is the source's side of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('block_reuses')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('source_guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('source_version', 'integer', (column) => column.notNull())
    .addColumn('source_block_id', 'text', (column) => column.notNull())
    /** The block's kind and label when copied (互学, 当堂检测). */
    .addColumn('block_kind', 'text', (column) => column.notNull())
    .addColumn('block_title', 'text', (column) => column.notNull())
    /** The guide copied into, or the guide of the class copy copied into. */
    .addColumn('target_guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('target_copy_id', 'text', (column) => column.references('class_copies.id'))
    /** The id the copy got in the target. */
    .addColumn('new_block_id', 'text', (column) => column.notNull())
    .addColumn('reused_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('block_reuses_source').on('block_reuses').columns(['source_guide_id', 'created_at']).execute();
}
