import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function insertHarvest(db: Kysely<Database>, harvest: Database['harvests']): Promise<void> {
  await db.insertInto('harvests').values(harvest).execute();
}

/** The harvests of a guide, oldest first, with the names the version notes credit. */
export function listGuideHarvests(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('harvests')
    .innerJoin('classes', 'classes.id', 'harvests.class_id')
    .innerJoin('users as author', 'author.id', 'harvests.author_id')
    .innerJoin('users as harvester', 'harvester.id', 'harvests.harvested_by')
    .selectAll('harvests')
    .select(['classes.name as class_name', 'author.name as author_name', 'harvester.name as harvester_name'])
    .where('harvests.guide_id', '=', guideId)
    .orderBy('harvests.created_at')
    .execute();
}

export type HarvestRow = Awaited<ReturnType<typeof listGuideHarvests>>[number];
