import type { GuideCheckFacts, RawFinding } from './types.ts';

/** header.incomplete: at 定稿 the header must name the 主备 and the 审核 (the leader who signs it off). */
export function headerIncomplete(facts: GuideCheckFacts): RawFinding[] {
  if (facts.stage !== 'final') return [];
  const missing = [!facts.leadDrafter?.trim() ? 'leadDrafter' : null, !facts.reviewer?.trim() ? 'reviewer' : null].filter(
    (field) => field !== null,
  );
  if (missing.length === 0) return [];
  return [{ rule: 'header.incomplete', blockId: null, params: { fields: missing.join(',') } }];
}
