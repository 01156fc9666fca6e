/** The stages of a guide through 集体备课 (see domain.md). */
export const stages = ['drafting', 'review', 'revising', 'final'] as const;
export type Stage = (typeof stages)[number];

/** How teachers call each stage. */
export const stageLabels: Record<Stage, string> = {
  drafting: '主备初稿',
  review: '集体审稿',
  revising: '修改完善',
  final: '定稿',
};
