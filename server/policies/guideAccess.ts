/** What a user may do with a guide's live document. */
export type DocumentAccess = 'none' | 'read' | 'edit';

export interface GuideAccessFacts {
  /** The user's role in the guide's group, or null when not a member. */
  groupRole: 'leader' | 'member' | null;
}

/**
 * Who may open a guide. Every member of the guide's group may read and edit it; people
 * outside the group cannot see it. Stage-dependent access (only the lead drafter edits a
 * draft, nobody edits a final) is the workflow's table in shared/workflow.
 */
export function guideAccess(facts: GuideAccessFacts): DocumentAccess {
  if (facts.groupRole === null) return 'none';
  return 'edit';
}
