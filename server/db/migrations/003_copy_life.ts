import type { Kysely } from 'kysely';

/**
 * Class copies that stay alive: when the class was taught (已上课) and which block holds the
 * teacher's 教后反思, and the harvests (the leader taking a block or paragraph of a class copy
 * into the guide, credited to the copy's teacher).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('class_copies').addColumn('taught_on', 'text').execute();
  await db.schema.alterTable('class_copies').addColumn('taught_at', 'text').execute();
  await db.schema.alterTable('class_copies').addColumn('reflection_block_id', 'text').execute();
  await db.schema.alterTable('class_copies').addColumn('pulled_at', 'text').execute();
  await db.schema
    .createTable('harvests')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('copy_id', 'text', (column) => column.notNull().references('class_copies.id'))
    .addColumn('block_id', 'text', (column) => column.notNull())
    .addColumn('block_title', 'text', (column) => column.notNull())
    /** The child of the block that was taken, or null when the whole block was. */
    .addColumn('paragraph_index', 'integer')
    /** The copy's teacher, credited in the note of the next final. */
    .addColumn('author_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id'))
    .addColumn('harvested_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('harvests_guide').on('harvests').columns(['guide_id', 'created_at']).execute();
}
