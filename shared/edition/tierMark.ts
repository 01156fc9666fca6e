/**
 * The tiers a question can carry (domain.md: A/B/C, 基础/提高/拓展, 必做/选做 or ★; the
 * direction differs by school). Stored as written; these are the ones printing and import know.
 */
export const knownTiers = ['A', 'B', 'C', '基础', '提高', '拓展', '必做', '选做', '★'] as const;

/**
 * How a question's tier is printed in front of it: 【A组】, 【基础】, ★. Empty for no tier.
 * The importer recognises the same marks (shared/import/labelMapping.ts parseTierMark).
 */
export function tierMark(tier: string | null | undefined): string {
  const value = tier?.trim();
  if (!value) return '';
  if (value === '★' || value === '☆') return '★';
  if (/^[A-Da-d]$/.test(value)) return `【${value.toUpperCase()}组】`;
  return `【${value}】`;
}
