import { classCopyRowsSchema, copyStatusSchema, incomingChangesSchema, type TaughtBody } from '../../shared/schemas/copyLife.ts';
import { copySchema } from '../../shared/schemas/copy.ts';
import { documentDiffSchema } from '../../shared/schemas/diff.ts';
import { guideHarvestsSchema, harvestSchema, type HarvestBody } from '../../shared/schemas/harvest.ts';
import { reflectionCountsSchema } from '../../shared/schemas/reflections.ts';
import { apiFetch } from './apiFetch.ts';

const copyPath = (copyId: string) => `/api/copies/${encodeURIComponent(copyId)}`;
const guidePath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}`;

/** What changed between two documents; refs as `guide:<id>`, `guide:<id>@<n>`, `copy:<id>`. */
export function fetchDiff(from: string, to: string) {
  const query = new URLSearchParams({ from, to });
  return apiFetch(`/api/diff?${query.toString()}`, documentDiffSchema);
}

/** 按班查看: every class copy of a guide against the final it was made from. */
export function fetchGuideClasses(guideId: string) {
  return apiFetch(`${guidePath(guideId)}/classes`, classCopyRowsSchema);
}

export function fetchGuideHarvests(guideId: string) {
  return apiFetch(`${guidePath(guideId)}/harvests`, guideHarvestsSchema);
}

/** 采纳: the leader takes a block (or one paragraph of it) from a class copy into the guide. */
export function harvestIntoGuide(guideId: string, body: HarvestBody) {
  return apiFetch(`${guidePath(guideId)}/harvest`, harvestSchema, { method: 'POST', body });
}

export function fetchCopyStatus(copyId: string) {
  return apiFetch(`${copyPath(copyId)}/status`, copyStatusSchema);
}

/** 查看更新: the group's changes from the copy's base final to the latest one. */
export function fetchIncomingChanges(copyId: string) {
  return apiFetch(`${copyPath(copyId)}/incoming`, incomingChangesSchema);
}

/** 合并更新. */
export function pullCopy(copyId: string) {
  return apiFetch(`${copyPath(copyId)}/pull`, copySchema, { method: 'POST' });
}

/** 已上课 on a date: the server adds the 教后反思 block. */
export function markCopyTaught(copyId: string, body: TaughtBody) {
  return apiFetch(`${copyPath(copyId)}/taught`, copyStatusSchema, { method: 'POST', body });
}

export function fetchReflectionCounts(groupId: string) {
  return apiFetch(`/api/groups/${encodeURIComponent(groupId)}/reflections`, reflectionCountsSchema);
}


