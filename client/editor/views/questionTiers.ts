/**
 * The tier labels a teacher can pick for a question (domain.md: A/B/C, 基础/提高/拓展, ★;
 * the direction differs by school). They are data, stored as written, in every UI language.
 */
export const questionTiers = ['A', 'B', 'C', '基础', '提高', '拓展', '★'] as const;
