import type { JSONContent } from '@tiptap/core';
import { guideBlocks, hasText, questionItems } from './guideText.ts';
import type { CheckSettings } from './settings.ts';
import type { RawFinding } from './types.ts';

/** The items of the 当堂检测 blocks that have text (a template's empty placeholders are not items yet). */
function checkBlocksWithItems(doc: JSONContent) {
  return guideBlocks(doc)
    .filter((block) => block.kind === 'check')
    .map((block) => ({ block, items: questionItems(block.node).filter((item) => hasText(item.text)) }));
}

/** check.tier: check items without a tier, or with a mark the school does not use, where the school tiers them. */
export function checkTier(doc: JSONContent, settings: CheckSettings): RawFinding[] {
  if (!settings.tiering.required) return [];
  return checkBlocksWithItems(doc).flatMap(({ block, items }) => {
    const untiered = items.filter((item) => item.tier === null).length;
    const unknown = [...new Set(items.flatMap((item) => (item.tier !== null && !settings.tiering.marks.includes(item.tier) ? [item.tier] : [])))];
    const findings: RawFinding[] = [];
    if (untiered > 0) {
      findings.push({ rule: 'check.tier', blockId: block.id, params: { count: untiered, total: items.length, block: block.title, marks: settings.tiering.marks.slice(0, 3).join(' / ') } });
    }
    if (unknown.length > 0) {
      findings.push({ rule: 'check.tier', blockId: block.id, params: { unknown: unknown.join('、'), block: block.title, marks: settings.tiering.marks.join(' / ') } });
    }
    return findings;
  });
}

/** answers.missing: check items the 教师版 prints without an answer. */
export function answersMissing(doc: JSONContent): RawFinding[] {
  return checkBlocksWithItems(doc).flatMap(({ block, items }) => {
    const missing = items.filter((item) => !item.answered).length;
    if (missing === 0) return [];
    return [{ rule: 'answers.missing' as const, blockId: block.id, params: { count: missing, total: items.length, block: block.title } }];
  });
}
