import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The guide a guide was started from, with its group and the version it began as. */
export function findOriginGuide(db: Kysely<Database>, guideId: string, versionNumber: number | null) {
  return db
    .selectFrom('guides')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .leftJoin('guide_versions', (join) =>
      join.onRef('guide_versions.guide_id', '=', 'guides.id').on('guide_versions.number', '=', versionNumber ?? -1),
    )
    .leftJoin('terms', 'terms.id', 'guides.term_id')
    .select([
      'guides.id',
      'guides.title',
      'guides.group_id',
      'guides.lead_drafter_id',
      'guides.stage',
      'guides.due_date',
      'guides.created_at',
      'groups.name as group_name',
      'guide_versions.number as version_number',
      'guide_versions.label as version_label',
      'terms.name as term_name',
    ])
    .where('guides.id', '=', guideId)
    .executeTakeFirst();
}

/** The guides started from a guide, oldest first. */
export function listDerivedGuides(db: Kysely<Database>, guideId: string) {
  return db
    .selectFrom('guides')
    .innerJoin('groups', 'groups.id', 'guides.group_id')
    .select([
      'guides.id',
      'guides.title',
      'guides.group_id',
      'guides.lead_drafter_id',
      'guides.stage',
      'guides.origin_version',
      'guides.created_at',
      'groups.name as group_name',
    ])
    .where('guides.origin_guide_id', '=', guideId)
    .orderBy('guides.created_at')
    .execute();
}
