import type { Kysely } from 'kysely';

/**
 * 定稿 despite error findings of the 导学案体检: the leader's reason is kept with the final
 * version it made (null for every other version).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('guide_versions').addColumn('check_override', 'text').execute();
}
