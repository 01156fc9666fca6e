/** Every TanStack Query key in one place, so invalidations cannot miss a spelling. */
export const queryKeys = {
  me: ['me'] as const,
  guides: ['guides'] as const,
  guide: (guideId: string) => ['guides', guideId] as const,
  templates: ['templates'] as const,
  groupMembers: (groupId: string) => ['groups', groupId, 'members'] as const,
};
