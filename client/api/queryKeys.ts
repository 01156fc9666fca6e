/** Every TanStack Query key in one place, so invalidations cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  guides: ['guides'] as const,
  guide: (guideId: string) => ['guides', guideId] as const,
  guideVersion: (guideId: string, version: number) => ['guides', guideId, 'versions', version] as const,
  guideMeetings: (guideId: string) => ['guides', guideId, 'meetings'] as const,
  guideComments: (guideId: string) => ['guides', guideId, 'comments'] as const,
  templates: ['templates'] as const,
  groups: ['groups'] as const,
  groupMembers: (groupId: string) => ['groups', groupId, 'members'] as const,
  groupPlan: (groupId: string) => ['groups', groupId, 'plan'] as const,
  copy: (copyId: string) => ['copies', copyId] as const,
};
