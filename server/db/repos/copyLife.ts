import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { copiesWithNames } from './copies.ts';

const lifeColumns = [
  'class_copies.id',
  'class_copies.guide_id',
  'class_copies.class_id',
  'class_copies.owner_id',
  'class_copies.base_version',
  'class_copies.base_state_vector',
  'class_copies.taught_on',
  'class_copies.reflection_block_id',
  'class_copies.pulled_at',
  'classes.name as class_name',
  'owner.name as owner_name',
] as const;

/** A class copy with what its life needs: base, taught date, reflection block, class and teacher. */
export function findCopyLife(db: Kysely<Database>, id: string) {
  return copiesWithNames(db)
    .select(lifeColumns)
    .where('class_copies.id', '=', id)
    .executeTakeFirst();
}

export type CopyLifeRow = NonNullable<Awaited<ReturnType<typeof findCopyLife>>>;

/** Every class copy of a guide, in class order. */
export function listGuideCopyLives(db: Kysely<Database>, guideId: string) {
  return copiesWithNames(db)
    .select(lifeColumns)
    .where('class_copies.guide_id', '=', guideId)
    .orderBy('classes.name')
    .orderBy('owner.name')
    .execute();
}

/** The class copies of a group's guides taught between two dates (inclusive). */
export function listGroupCopiesTaught(db: Kysely<Database>, groupId: string, start: string, end: string) {
  return db
    .selectFrom('class_copies')
    .innerJoin('guides', 'guides.id', 'class_copies.guide_id')
    .select(['class_copies.id', 'class_copies.owner_id', 'class_copies.reflection_block_id'])
    .where('guides.group_id', '=', groupId)
    .where('class_copies.taught_on', '>=', start)
    .where('class_copies.taught_on', '<=', end)
    .execute();
}

/** After a merge: the copy is now based on this final. */
export async function setCopyBase(
  db: Kysely<Database>,
  id: string,
  base: { version: number; stateVector: Uint8Array; at: string },
): Promise<void> {
  await db
    .updateTable('class_copies')
    .set({ base_version: base.version, base_state_vector: base.stateVector, pulled_at: base.at, updated_at: base.at })
    .where('id', '=', id)
    .execute();
}

/** 已上课: the date, and the 教后反思 block that belongs to the copy. */
export async function setCopyTaught(
  db: Kysely<Database>,
  id: string,
  taught: { on: string; reflectionBlockId: string; at: string },
): Promise<void> {
  await db
    .updateTable('class_copies')
    .set({ taught_on: taught.on, taught_at: taught.at, reflection_block_id: taught.reflectionBlockId, updated_at: taught.at })
    .where('id', '=', id)
    .execute();
}

/** The final versions (定稿 vN) of a guide, oldest first, without their content. */
export function listFinalVersions(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('guide_versions')
    .select(['number', 'label', 'created_at'])
    .where('guide_id', '=', guideId)
    .where('kind', '=', 'final')
    .orderBy('number')
    .execute();
}

/** The saved JSON of one version. */
export async function findVersionJson(db: Kysely<Database>, guideId: string, number: number): Promise<string | null> {
  const row = await db
    .selectFrom('guide_versions')
    .select('json')
    .where('guide_id', '=', guideId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.json ?? null;
}
