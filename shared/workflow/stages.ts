/** The stages of a guide through 集体备课 (see domain.md). */
export const stages = ['drafting', 'review', 'revising', 'final'] as const;
export type Stage = (typeof stages)[number];
