import type { Insertable, Kysely } from 'kysely';
import { notificationKinds, notificationParamsSchema, type Notification, type NotificationKind } from '../../shared/schemas/notification.ts';
import type { Database } from '../db/schema.ts';
import { isUniqueViolation } from '../db/isUniqueViolation.ts';

type Db = Kysely<Database>;
type Row = Database['notifications'];

export function presentNotification(row: Pick<Row, 'id' | 'kind' | 'guide_id' | 'link' | 'text' | 'params' | 'created_at'> & { read_at: string | null }): Notification {
  const params = notificationParamsSchema.safeParse(JSON.parse(row.params));
  return {
    id: row.id,
    kind: (notificationKinds as readonly string[]).includes(row.kind) ? (row.kind as NotificationKind) : 'assigned',
    guideId: row.guide_id,
    link: row.link,
    text: row.text,
    params: params.success ? params.data : {},
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}

/** Stores one notification; false when its dedupe key was already used for this teacher. */
export async function insertNotification(db: Db, row: Insertable<Database['notifications']>): Promise<boolean> {
  try {
    await db.insertInto('notifications').values(row).execute();
    return true;
  } catch (error) {
    if (row.dedupe_key && isUniqueViolation(error)) return false;
    throw error;
  }
}

/** A teacher's newest notifications, unread ones first among the newest. */
export async function listNotifications(db: Db, userId: string, limit = 50): Promise<Notification[]> {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => presentNotification({ ...row, read_at: row.read_at ?? null }));
}

export async function findNotification(db: Db, id: string): Promise<Notification | null> {
  const row = await db.selectFrom('notifications').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? presentNotification({ ...row, read_at: row.read_at ?? null }) : null;
}

/** Marks a teacher's notifications read (these ids, or all); how many changed. */
export async function markNotificationsRead(db: Db, userId: string, ids: string[] | undefined): Promise<number> {
  if (ids && ids.length === 0) return 0;
  let query = db.updateTable('notifications').set({ read_at: new Date().toISOString() }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findMutedKinds(db: Db, userId: string): Promise<NotificationKind[]> {
  const row = await db.selectFrom('notification_settings').select('muted_kinds').where('user_id', '=', userId).executeTakeFirst();
  if (!row) return [];
  const muted = JSON.parse(row.muted_kinds) as unknown;
  return Array.isArray(muted) ? muted.filter((kind): kind is NotificationKind => (notificationKinds as readonly string[]).includes(kind as string)) : [];
}

export async function saveMutedKinds(db: Db, userId: string, muted: NotificationKind[]): Promise<void> {
  const now = new Date().toISOString();
  const value = JSON.stringify([...new Set(muted)]);
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, muted_kinds: value, updated_at: now })
    .onConflict((conflict) => conflict.column('user_id').doUpdateSet({ muted_kinds: value, updated_at: now }))
    .execute();
}
