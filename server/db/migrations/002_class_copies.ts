import type { Kysely } from 'kysely';

/** Class copies (二次备课): a teacher's fork of a final version for one class. */
export async function up(db: Kysely<unknown>, binary: 'blob' | 'bytea'): Promise<void> {
  await db.schema
    .createTable('class_copies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('guide_id', 'text', (column) => column.notNull().references('guides.id'))
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id'))
    .addColumn('owner_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('base_version', 'integer', (column) => column.notNull())
    /** The final's state vector when the copy was made: later revisions are pulled from here. */
    .addColumn('base_state_vector', binary, (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('class_copies_guide_class_owner', ['guide_id', 'class_id', 'owner_id'])
    .execute();
}
