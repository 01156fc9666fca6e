import type { Kysely } from 'kysely';
import type { DerivedGuide, GuideOrigin } from '../../../shared/schemas/guide.ts';
import { termOf } from '../../../shared/workflow/term.ts';
import { readingScope } from '../../authorization.ts';
import { findOriginGuide, listDerivedGuides } from '../../db/repos/guideLineage.ts';
import type { Database } from '../../db/schema.ts';

/**
 * A guide's lineage as the user may see it: 来源 (the guide and version it was started from)
 * and the guides started from it. Guides the user may not read are left out of both.
 */
export async function presentGuideLineage(
  db: Kysely<Database>,
  guide: { id: string; origin_guide_id: string | null; origin_version: number | null },
  userId: string,
): Promise<{ origin: GuideOrigin | null; derived: DerivedGuide[] }> {
  const [scope, source, derived] = await Promise.all([
    readingScope(db, userId),
    guide.origin_guide_id ? findOriginGuide(db, guide.origin_guide_id, guide.origin_version) : undefined,
    listDerivedGuides(db, guide.id),
  ]);
  const origin =
    source && scope.mayReadGuide(source)
      ? {
          guideId: source.id,
          title: source.title,
          versionNumber: source.version_number ?? null,
          versionLabel: source.version_label ?? null,
          groupName: source.group_name,
          term: termOf(source.due_date ?? source.created_at.slice(0, 10)).label,
        }
      : null;
  return {
    origin,
    derived: derived.filter((row) => scope.mayReadGuide(row)).map((row) => ({
      guideId: row.id,
      title: row.title,
      groupName: row.group_name,
      stage: row.stage,
      versionNumber: row.origin_version ?? null,
      createdAt: row.created_at,
    })),
  };
}
