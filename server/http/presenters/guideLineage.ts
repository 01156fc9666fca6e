import type { Kysely } from 'kysely';
import type { DerivedGuide, GuideOrigin } from '../../../shared/schemas/guide.ts';
import { termOf } from '../../../shared/workflow/term.ts';
import { readingScope } from '../../authorization.ts';
import { findOriginGuide, listDerivedGuides } from '../../db/repos/guideLineage.ts';
import { listBlockReusesOf, type BlockReuseRow } from '../../db/repos/blockReuses.ts';
import { isBlockKind } from '../../../shared/editor/blockKinds.ts';
import type { Database } from '../../db/schema.ts';

/**
 * The guides and class copies blocks of this guide were copied into, one entry each (《…》引用了
 * 「互学」), oldest first.
 */
function presentReuses(rows: BlockReuseRow[]): DerivedGuide[] {
  const entries = new Map<string, DerivedGuide>();
  for (const row of rows) {
    if (!isBlockKind(row.block_kind)) continue;
    const key = `${row.guide_id}:${row.target_copy_id ?? ''}`;
    const entry = entries.get(key) ?? {
      guideId: row.guide_id,
      title: row.title,
      groupName: row.group_name,
      stage: row.stage,
      versionNumber: row.source_version,
      createdAt: row.created_at,
      reused: [],
      copy: row.target_copy_id ? { id: row.target_copy_id, className: row.class_name ?? '' } : null,
    };
    entry.reused!.push({ kind: row.block_kind, title: row.block_title });
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/**
 * A guide's lineage as the user may see it: 来源 (the guide and version it was started from),
 * the guides started from it, and the guides and class copies its blocks were copied into.
 * Guides and copies the user may not read are left out.
 */
export async function presentGuideLineage(
  db: Kysely<Database>,
  guide: { id: string; origin_guide_id: string | null; origin_version: number | null },
  userId: string,
): Promise<{ origin: GuideOrigin | null; derived: DerivedGuide[] }> {
  const [scope, source, derived, reuses] = await Promise.all([
    readingScope(db, userId),
    guide.origin_guide_id ? findOriginGuide(db, guide.origin_guide_id, guide.origin_version) : undefined,
    listDerivedGuides(db, guide.id),
    listBlockReusesOf(db, guide.id),
  ]);
  const readableReuses = reuses.filter((row) =>
    row.target_copy_id && row.copy_owner_id
      ? scope.mayReadCopy({ owner_id: row.copy_owner_id, group_id: row.group_id })
      : scope.mayReadGuide(row),
  );
  const origin =
    source && scope.mayReadGuide(source)
      ? {
          guideId: source.id,
          title: source.title,
          versionNumber: source.version_number ?? null,
          versionLabel: source.version_label ?? null,
          groupName: source.group_name,
          term: source.term_name ?? termOf(source.due_date ?? source.created_at.slice(0, 10)).label,
        }
      : null;
  return {
    origin,
    derived: [
      ...derived.filter((row) => scope.mayReadGuide(row)).map((row) => ({
        guideId: row.id,
        title: row.title,
        groupName: row.group_name,
        stage: row.stage,
        versionNumber: row.origin_version ?? null,
        createdAt: row.created_at,
      })),
      ...presentReuses(readableReuses),
    ],
  };
}
