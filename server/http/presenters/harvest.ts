import type { GuideHarvests, Harvest } from '../../../shared/schemas/harvest.ts';
import type { HarvestRow } from '../../db/repos/harvests.ts';

interface FinalVersion {
  number: number;
  label: string;
  created_at: string;
}

/** The final a harvest went into: the first one saved after it (null while the guide is still being revised). */
function versionOf(harvest: HarvestRow, finals: readonly FinalVersion[]) {
  const version = finals.find((final) => final.created_at >= harvest.created_at);
  return version ? { number: version.number, label: version.label } : null;
}

export function presentHarvest(row: HarvestRow, finals: readonly FinalVersion[]): Harvest {
  return {
    id: row.id,
    guideId: row.guide_id,
    copyId: row.copy_id,
    className: row.class_name,
    author: { id: row.author_id, name: row.author_name },
    harvestedBy: { id: row.harvested_by, name: row.harvester_name },
    blockId: row.block_id,
    blockTitle: row.block_title,
    paragraphIndex: row.paragraph_index,
    createdAt: row.created_at,
    version: versionOf(row, finals),
  };
}

/** "刘洋（八年级(4)班）「自主学习」第2段". */
function credit(harvest: Harvest): string {
  const part = harvest.paragraphIndex === null ? '' : `第${harvest.paragraphIndex + 1}段`;
  return `${harvest.author.name}（${harvest.className}）「${harvest.blockTitle || '未命名板块'}」${part}`;
}

/**
 * A guide's harvests and, per final, the version note that credits the class teachers whose
 * copies it took from: "吸收二次备课：刘洋（八年级(4)班）「自主学习」；…". Harvests not yet in a
 * final make the note of the next one (version null).
 */
export function presentGuideHarvests(rows: readonly HarvestRow[], finals: readonly FinalVersion[]): GuideHarvests {
  const harvests = rows.map((row) => presentHarvest(row, finals));
  const groups = new Map<number | null, Harvest[]>();
  for (const harvest of harvests) {
    const key = harvest.version?.number ?? null;
    groups.set(key, [...(groups.get(key) ?? []), harvest]);
  }
  const versionNotes = [...groups.entries()].map(([, list]) => ({
    version: list[0].version,
    note: `吸收二次备课：${[...new Set(list.map(credit))].join('；')}`,
  }));
  return { harvests, versionNotes };
}
