import type { Kysely } from 'kysely';

/**
 * Lineage (二次开发): a guide started from an earlier one records the guide and the version it
 * began as. Notifications: each teacher's inbox, and which kinds they want.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('guides').addColumn('origin_guide_id', 'text', (column) => column.references('guides.id')).execute();
  await db.schema.alterTable('guides').addColumn('origin_version', 'integer').execute();
  await db.schema.createIndex('guides_origin').on('guides').column('origin_guide_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    /** See shared/schemas/notification.ts: assigned, due, submitted, meeting, reply, mention, suggestion, final. */
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('guide_id', 'text', (column) => column.references('guides.id'))
    /** Where the notification opens (an app path). */
    .addColumn('link', 'text')
    /** The sentence shown, in Chinese like the rest of the server's messages. */
    .addColumn('text', 'text', (column) => column.notNull())
    /** JSON of the names the sentence is made of (who, which guide, when), for the client to say in its language. */
    .addColumn('params', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('read_at', 'text')
    /** What the notification is about, so the same reminder is not sent twice (e.g. due:<guide>:<date>). */
    .addColumn('dedupe_key', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_dedupe').on('notifications').columns(['user_id', 'dedupe_key']).unique().execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (column) => column.primaryKey().references('users.id'))
    /** JSON array of the kinds the teacher does not want. */
    .addColumn('muted_kinds', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}
