/** Every TanStack Query key in one place, so invalidations cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  guides: ['guides'] as const,
  guide: (guideId: string) => ['guides', guideId] as const,
  /** A guide's content: the live document (null) or a saved version. */
  guideContent: (guideId: string, version: number | null) => ['guides', guideId, 'content', version ?? 'live'] as const,
  guideMeetings: (guideId: string) => ['guides', guideId, 'meetings'] as const,
  guideComments: (guideId: string) => ['guides', guideId, 'comments'] as const,
  guideClasses: (guideId: string) => ['guides', guideId, 'classes'] as const,
  guideHarvests: (guideId: string) => ['guides', guideId, 'harvests'] as const,
  /** The server's 体检 of the live guide (the 定稿 dialog asks it; the panel checks in the browser). */
  guideCheck: (guideId: string) => ['guides', guideId, 'check'] as const,
  templates: ['templates'] as const,
  groups: ['groups'] as const,
  groupMembers: (groupId: string) => ['groups', groupId, 'members'] as const,
  /** The plan of one term, or (without one) every term; invalidating without the term reaches both. */
  groupPlan: (groupId: string, termId?: string | null) =>
    termId === undefined ? (['groups', groupId, 'plan'] as const) : (['groups', groupId, 'plan', termId ?? 'all'] as const),
  groupReport: (groupId: string, termId: string) => ['groups', groupId, 'report', termId] as const,
  terms: ['terms'] as const,
  reflections: (groupId: string) => ['groups', groupId, 'reflections'] as const,
  checkSettings: (groupId: string) => ['groups', groupId, 'check-settings'] as const,
  copy: (copyId: string) => ['copies', copyId] as const,
  copyContent: (copyId: string) => ['copies', copyId, 'content'] as const,
  copyStatus: (copyId: string) => ['copies', copyId, 'status'] as const,
  copyIncoming: (copyId: string) => ['copies', copyId, 'incoming'] as const,
  diff: (from: string, to: string) => ['diff', from, to] as const,
};
