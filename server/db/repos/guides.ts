import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { VersionKind } from '../../../shared/workflow/transitions.ts';

export type GuideRow = Database['guides'];

export async function insertGuide(db: Kysely<Database>, guide: Insertable<Database['guides']>): Promise<void> {
  await db.insertInto('guides').values(guide).execute();
}

export function findGuideRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('guides').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Guides with the names the API shows next to them (group, lead drafter, reviewer). */
function guideDetails(db: Kysely<Database>) {
  return db
    .selectFrom('guides')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .innerJoin('users as lead', 'lead.id', 'guides.lead_drafter_id')
    .leftJoin('users as reviewer', 'reviewer.id', 'guides.reviewer_id')
    .selectAll('guides')
    .select([
      'groups.name as group_name',
      'groups.subject as subject',
      'groups.grade as grade',
      'lead.name as lead_drafter_name',
      'reviewer.name as reviewer_name',
    ]);
}

/** A guide with the names the API shows next to it. */
export function findGuideDetail(db: Kysely<Database>, id: string) {
  return guideDetails(db).where('guides.id', '=', id).executeTakeFirst();
}

export type GuideDetailRow = NonNullable<Awaited<ReturnType<typeof findGuideDetail>>>;

/** The guides of every group the user belongs to, newest first. */
export function listGuidesForUser(db: Kysely<Database>, userId: string) {
  return guideDetails(db)
    .innerJoin('group_members', (join) =>
      join.onRef('group_members.group_id', '=', 'guides.group_id').on('group_members.user_id', '=', userId),
    )
    .orderBy('guides.updated_at', 'desc')
    .execute();
}

export function listGuideVersions(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('guide_versions')
    .innerJoin('users', 'users.id', 'guide_versions.author_id')
    .select([
      'guide_versions.number',
      'guide_versions.label',
      'guide_versions.kind',
      'guide_versions.created_at',
      'guide_versions.check_override',
      'guide_versions.note',
      'users.id as author_id',
      'users.name as author_name',
    ])
    .where('guide_versions.guide_id', '=', guideId)
    .orderBy('guide_versions.number')
    .execute();
}

export function findGuideVersion(db: Kysely<Database>, guideId: string, number: number) {
  return db
    .selectFrom('guide_versions')
    .selectAll()
    .where('guide_id', '=', guideId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function touchGuide(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('guides').set({ updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}

/** The guides of one group (the term plan), by due date. */
export function listGroupGuides(db: Kysely<Database>, groupId: string) {
  return guideDetails(db)
    .where('guides.group_id', '=', groupId)
    .orderBy('guides.due_date')
    .orderBy('guides.created_at')
    .execute();
}

/** The newest version of each of these guides that its workflow saved (a 恢复前 is not the guide's version). */
export async function latestVersions(db: Kysely<Database>, guideIds: string[]) {
  if (guideIds.length === 0) return new Map<string, { number: number; label: string; kind: VersionKind }>();
  const rows = await db
    .selectFrom('guide_versions')
    .select(['guide_id', 'number', 'label', 'kind'])
    .where('guide_id', 'in', guideIds)
    .where('kind', '!=', 'restorePoint')
    .orderBy('number')
    .execute();
  return new Map(rows.map((row) => [row.guide_id, { number: row.number, label: row.label, kind: row.kind }]));
}

export function latestFinalVersion(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('guide_versions')
    .selectAll()
    .where('guide_id', '=', guideId)
    .where('kind', '=', 'final')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function countFinalVersions(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('guide_versions')
    .select((expression) => expression.fn.countAll<number>().as('count'))
    .where('guide_id', '=', guideId)
    .where('kind', '=', 'final')
    .executeTakeFirstOrThrow();
}

export async function insertVersion(db: Kysely<Database>, version: Insertable<Database['guide_versions']>): Promise<void> {
  await db.insertInto('guide_versions').values(version).execute();
}

/** The guide's row, held for update on Postgres until the transaction ends (SQLite writes one at a time anyway). */
export async function lockGuideRow(transaction: Kysely<Database>, guideId: string, dialect: 'sqlite' | 'postgres') {
  const query = transaction.selectFrom('guides').selectAll().where('id', '=', guideId);
  return (dialect === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

/** Every saved version's content (JSON text) of a guide, by number. */
export function listGuideVersionContents(db: Kysely<Database>, guideId: string) {
  return db.selectFrom('guide_versions').select(['number', 'json']).where('guide_id', '=', guideId).orderBy('number').execute();
}
