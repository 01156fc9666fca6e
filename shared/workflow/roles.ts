/**
 * The parts a person plays for one guide. One teacher can hold several: a group leader
 * (备课组长) may also be the lead drafter (主备教师) of a lesson.
 */
export const guideRoles = ['leader', 'leadDrafter', 'member', 'outsider'] as const;
export type GuideRole = (typeof guideRoles)[number];

export interface GuideRoleFacts {
  /** The user's role in the guide's group, or null when not in it. */
  groupRole: 'leader' | 'member' | null;
  isLeadDrafter: boolean;
}

/** Every role a user holds for a guide; `outsider` alone when they are not in its group. */
export function rolesFor(facts: GuideRoleFacts): GuideRole[] {
  if (facts.groupRole === null) return ['outsider'];
  const roles: GuideRole[] = [];
  if (facts.groupRole === 'leader') roles.push('leader');
  if (facts.isLeadDrafter) roles.push('leadDrafter');
  roles.push('member');
  return roles;
}
