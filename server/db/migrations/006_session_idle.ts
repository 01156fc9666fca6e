import type { Kysely } from 'kysely';

/**
 * Sessions end after idle time too: when a session was last used (written at most about once
 * a minute), the deadline that use set, and the idle time the session was created with. Sessions from before are ended: the web client of
 * that time kept their tokens in localStorage, and they have no idle deadline.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.deleteFrom('sessions' as never).execute();
  await db.schema.alterTable('sessions').addColumn('last_used_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('idle_expires_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('idle_seconds', 'integer').execute();
  await db.schema.createIndex('sessions_expiry').on('sessions').columns(['expires_at']).execute();
  await db.schema.createIndex('sessions_idle_expiry').on('sessions').columns(['idle_expires_at']).execute();
}
