import type { Kysely } from 'kysely';

/**
 * A school keeps its own time zone (an IANA name such as Asia/Shanghai): every date and time
 * the app shows, prints or exports, and "today" for due dates, are the school's. Existing
 * schools get China's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('schools')
    .addColumn('time_zone', 'text', (column) => column.notNull().defaultTo('Asia/Shanghai'))
    .execute();
}
