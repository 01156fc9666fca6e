/** TanStack Query keys of class-copy life (diffs, per-class view, status, harvests, reflections). */
export const copyLifeKeys = {
  diff: (from: string, to: string) => ['diff', from, to] as const,
  guideClasses: (guideId: string) => ['guides', guideId, 'classes'] as const,
  guideHarvests: (guideId: string) => ['guides', guideId, 'harvests'] as const,
  copyStatus: (copyId: string) => ['copies', copyId, 'status'] as const,
  copyIncoming: (copyId: string) => ['copies', copyId, 'incoming'] as const,
  reflections: (groupId: string) => ['groups', groupId, 'reflections'] as const,
  versionContent: (guideId: string, version: number) => ['guides', guideId, 'versions', version] as const,
  copyContent: (copyId: string) => ['copies', copyId, 'content'] as const,
};
