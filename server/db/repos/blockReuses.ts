import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function insertBlockReuses(db: Kysely<Database>, rows: Insertable<Database['block_reuses']>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('block_reuses').values(rows).execute();
}

/**
 * The blocks copied from a guide, oldest first, with the guide (and class copy) they went into:
 * its title, group and stage, and what the reader's access is decided on.
 */
export function listBlockReusesOf(db: Kysely<Database>, sourceGuideId: string) {
  return db
    .selectFrom('block_reuses')
    .innerJoin('guides', 'guides.id', 'block_reuses.target_guide_id')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .leftJoin('class_copies', 'class_copies.id', 'block_reuses.target_copy_id')
    .leftJoin('classes', 'classes.id', 'class_copies.class_id')
    .select([
      'block_reuses.id',
      'block_reuses.source_version',
      'block_reuses.block_kind',
      'block_reuses.block_title',
      'block_reuses.target_copy_id',
      'block_reuses.created_at',
      'guides.id as guide_id',
      'guides.title',
      'guides.group_id',
      'guides.lead_drafter_id',
      'guides.stage',
      'groups.name as group_name',
      'class_copies.owner_id as copy_owner_id',
      'classes.name as class_name',
    ])
    .where('block_reuses.source_guide_id', '=', sourceGuideId)
    .orderBy('block_reuses.created_at')
    .orderBy('block_reuses.id')
    .execute();
}

export type BlockReuseRow = Awaited<ReturnType<typeof listBlockReusesOf>>[number];
