import type { GuideRole } from './roles.ts';
import type { Stage } from './stages.ts';

/** What a person may do with a living document, from least to most. */
export const accessLevels = ['none', 'read', 'edit'] as const;
export type Access = (typeof accessLevels)[number];

/**
 * Access to a guide per (stage, role). Drafting: only the lead drafter writes, the group
 * reads ahead of the meeting. Review: everyone in the group edits together in the meeting.
 * Revising: the leader and the lead drafter absorb the opinions, members read. Final: frozen.
 */
export const guideAccessTable: Record<Stage, Record<GuideRole, Access>> = {
  drafting: { leader: 'read', leadDrafter: 'edit', member: 'read', outsider: 'none' },
  review: { leader: 'edit', leadDrafter: 'edit', member: 'edit', outsider: 'none' },
  revising: { leader: 'edit', leadDrafter: 'edit', member: 'read', outsider: 'none' },
  final: { leader: 'read', leadDrafter: 'read', member: 'read', outsider: 'none' },
};

/** The widest access any of the user's roles gives at this stage. */
export function guideAccess(stage: Stage, roles: readonly GuideRole[]): Access {
  return roles.reduce<Access>((best, role) => widest(best, guideAccessTable[stage][role]), 'none');
}

/** Facts about a user and a class copy (二次备课). */
export interface CopyAccessFacts {
  isOwner: boolean;
  /** In the group of the guide the copy was made from. */
  inGroup: boolean;
}

/** A class copy: its owner edits it, the group reads it, nobody else sees it. */
export function copyAccess(facts: CopyAccessFacts): Access {
  if (facts.isOwner) return 'edit';
  if (facts.inGroup) return 'read';
  return 'none';
}

export function widest(a: Access, b: Access): Access {
  return accessLevels.indexOf(a) >= accessLevels.indexOf(b) ? a : b;
}
