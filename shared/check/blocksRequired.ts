import type { JSONContent } from '@tiptap/core';
import { guideBlocks } from './guideText.ts';
import { blockKindLabel } from './labels.ts';
import type { CheckSettings } from './settings.ts';
import type { GuideCheckFacts, RawFinding } from './types.ts';

/** blocks.required: the blocks the 课型 needs that the guide lacks (one finding per missing kind). */
export function blocksRequired(doc: JSONContent, facts: GuideCheckFacts, settings: CheckSettings): RawFinding[] {
  const present = new Set(guideBlocks(doc).map((block) => block.kind));
  return (settings.requiredBlocks[facts.lessonType] ?? [])
    .filter((kind) => !present.has(kind))
    .map((kind) => ({ rule: 'blocks.required' as const, blockId: null, params: { kind, block: blockKindLabel(kind), lessonType: facts.lessonType } }));
}
