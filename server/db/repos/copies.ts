import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type CopyRow = Insertable<Database['class_copies']>;

export async function insertCopy(db: Kysely<Database>, copy: CopyRow): Promise<void> {
  await db.insertInto('class_copies').values(copy).execute();
}

export function findCopyRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('class_copies').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCopyFor(db: Kysely<Database>, guideId: string, classId: string, ownerId: string) {
  return db
    .selectFrom('class_copies')
    .select('id')
    .where('guide_id', '=', guideId)
    .where('class_id', '=', classId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
}

const copyColumns = [
  'class_copies.id',
  'class_copies.guide_id',
  'class_copies.class_id',
  'class_copies.owner_id',
  'class_copies.base_version',
  'class_copies.created_at',
  'class_copies.taught_on',
  'classes.name as class_name',
  'owner.name as owner_name',
] as const;

/** Class copies joined with their class and teacher, for selecting with the names. */
export function copiesWithNames(db: Kysely<Database>) {
  return db
    .selectFrom('class_copies')
    .innerJoin('classes', 'classes.id', 'class_copies.class_id')
    .innerJoin('users as owner', 'owner.id', 'class_copies.owner_id');
}

/** The class copies of a guide, with class and owner names, in class order. */
export function listGuideCopies(db: Kysely<Database>, guideId: string) {
  return copiesWithNames(db)
    .select(copyColumns)
    .where('class_copies.guide_id', '=', guideId)
    .orderBy('classes.name')
    .execute();
}

export type CopyListRow = Awaited<ReturnType<typeof listGuideCopies>>[number];

export function findCopyDetail(db: Kysely<Database>, id: string) {
  return copiesWithNames(db)
    .select(copyColumns)
    .where('class_copies.id', '=', id)
    .executeTakeFirst();
}

export function teachesClass(db: Kysely<Database>, userId: string, classId: string) {
  return db
    .selectFrom('teaching_assignments')
    .innerJoin('classes', 'classes.id', 'teaching_assignments.class_id')
    .select(['classes.id', 'classes.group_id'])
    .where('teaching_assignments.user_id', '=', userId)
    .where('teaching_assignments.class_id', '=', classId)
    .executeTakeFirst();
}
