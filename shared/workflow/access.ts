import type { GuideRole } from './roles.ts';
import type { Stage } from './stages.ts';

/**
 * What a person may do with a living document, from least to most. `comment` adds comment
 * threads (kept outside the document); `suggest` adds tracked changes (suggestInsert /
 * suggestDelete marks) and nothing else; `edit` changes the document directly.
 */
export const accessLevels = ['none', 'read', 'comment', 'suggest', 'edit'] as const;
export type Access = (typeof accessLevels)[number];

/**
 * Access to a guide per (stage, role). Drafting: only the lead drafter writes, the group
 * reads and comments ahead of the meeting (用红笔演练). Review: members propose changes as
 * suggestions in the meeting; the leader and the lead drafter may edit directly. Revising:
 * the leader and the lead drafter absorb the opinions, members comment. Final: frozen, and
 * still open to comments.
 */
export const guideAccessTable: Record<Stage, Record<GuideRole, Access>> = {
  drafting: { leader: 'comment', leadDrafter: 'edit', member: 'comment', outsider: 'none' },
  review: { leader: 'edit', leadDrafter: 'edit', member: 'suggest', outsider: 'none' },
  revising: { leader: 'edit', leadDrafter: 'edit', member: 'comment', outsider: 'none' },
  final: { leader: 'comment', leadDrafter: 'comment', member: 'comment', outsider: 'none' },
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

/** Whether the access lets a connection send document updates (suggestions are updates too). */
export function writesDocument(access: Access): boolean {
  return access === 'edit' || access === 'suggest';
}

/** Whether the access includes adding comments. */
export function mayComment(access: Access): boolean {
  return atLeast(access, 'comment');
}

export function atLeast(access: Access, level: Access): boolean {
  return accessLevels.indexOf(access) >= accessLevels.indexOf(level);
}
