import type { Kysely } from 'kysely';

/**
 * A school's own rules for the 导学案体检 (lesson length per grade, the classroom model's time
 * rules, tiering, required blocks per 课型, which rules are on and how serious), as JSON over the
 * defaults in shared/check/settings.ts. A school without a row uses the defaults.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('check_settings')
    .addColumn('school_id', 'text', (column) => column.primaryKey().references('schools.id'))
    .addColumn('settings', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}
