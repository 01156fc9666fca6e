import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type NewComment = Insertable<Database['comments']>;

export async function insertComment(db: Kysely<Database>, comment: NewComment): Promise<void> {
  await db.insertInto('comments').values(comment).execute();
}

export function findComment(db: Kysely<Database>, id: string) {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every comment and reply of a guide, oldest first, with the names the panel shows. */
export function listGuideComments(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('comments')
    .innerJoin('users as author', 'author.id', 'comments.author_id')
    .leftJoin('users as resolver', 'resolver.id', 'comments.resolved_by')
    .selectAll('comments')
    .select(['author.name as author_name', 'resolver.name as resolver_name'])
    .where('comments.guide_id', '=', guideId)
    .orderBy('comments.created_at')
    .orderBy('comments.id')
    .execute();
}

export type CommentWithNames = Awaited<ReturnType<typeof listGuideComments>>[number];

export async function setCommentResolved(
  db: Kysely<Database>,
  id: string,
  resolved: { at: string; by: string } | null,
): Promise<void> {
  await db
    .updateTable('comments')
    .set({ resolved_at: resolved?.at ?? null, resolved_by: resolved?.by ?? null })
    .where('id', '=', id)
    .execute();
}

/** A thread's anchor moved with its text (a block moved by an accepted suggestion). */
export async function setCommentAnchor(
  db: Kysely<Database>,
  id: string,
  anchor: { from: string; to: string; blockId: string | null },
): Promise<void> {
  await db
    .updateTable('comments')
    .set({ anchor_from: anchor.from, anchor_to: anchor.to, block_id: anchor.blockId })
    .where('id', '=', id)
    .execute();
}
