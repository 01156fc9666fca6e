import type { VersionSummary } from '../../../shared/schemas/guide.ts';
import { versionLabel } from '../../../shared/workflow/transitions.ts';

// The API names versions with the workflow's labels (初稿, 研讨稿, 定稿 vN); finals are the ones
// labelled like versionLabel('final', n).
const finalPrefix = versionLabel('final', 0).replace(/\d+$/, '');

export function isFinalVersion(version: Pick<VersionSummary, 'label'>): boolean {
  return version.label.startsWith(finalPrefix);
}

/** How many finals (定稿 vN) the guide has had. */
export function finalCount(versions: readonly Pick<VersionSummary, 'label'>[]): number {
  return versions.filter(isFinalVersion).length;
}

/** The label of version number N, or "vN" when the list does not hold it. */
export function labelOfVersion(versions: readonly VersionSummary[], number: number): string {
  return versions.find((version) => version.number === number)?.label ?? `v${number}`;
}
