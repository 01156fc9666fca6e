import type { JSONContent } from '@tiptap/core';
import { blockKindLabel } from './labels.ts';
import { guideBlocks } from './guideText.ts';
import { lessonMinutesFor, type CheckSettings } from './settings.ts';
import type { GuideCheckFacts, RawFinding } from './types.ts';

/**
 * time.overrun: the blocks' minutes add up to more than the lesson (40 or 45 by grade).
 * The finding points at the block with the most minutes, where trimming helps most.
 */
export function timeOverrun(doc: JSONContent, facts: GuideCheckFacts, settings: CheckSettings): RawFinding[] {
  const blocks = guideBlocks(doc).filter((block) => block.minutes !== null && block.minutes > 0);
  const total = blocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
  const lesson = lessonMinutesFor(settings, facts.grade);
  if (total <= lesson) return [];
  const longest = blocks.reduce((best, block) => ((block.minutes ?? 0) > (best.minutes ?? 0) ? block : best));
  return [
    {
      rule: 'time.overrun',
      blockId: longest.id,
      params: { total, lesson, over: total - lesson, block: longest.title, minutes: longest.minutes ?? 0 },
    },
  ];
}

/** time.model: the school's model, e.g. teacher input at most 10 minutes, practice at least 15. */
export function timeModel(doc: JSONContent, settings: CheckSettings): RawFinding[] {
  const blocks = guideBlocks(doc);
  const findings: RawFinding[] = [];
  const { teacherMaxMinutes, practiceMinMinutes, practiceKinds } = settings.model;
  const teacherBlocks = blocks.filter((block) => block.kind === 'teacherInput' && block.minutes !== null);
  const teacherMinutes = teacherBlocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
  if (teacherMaxMinutes !== null && teacherMinutes > teacherMaxMinutes) {
    findings.push({
      rule: 'time.model',
      blockId: teacherBlocks[0]?.id ?? null,
      params: { kind: 'teacher', minutes: teacherMinutes, limit: teacherMaxMinutes },
    });
  }
  const practiceBlocks = blocks.filter((block) => practiceKinds.includes(block.kind));
  const anyMinutes = blocks.some((block) => block.minutes !== null);
  const practiceMinutes = practiceBlocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
  if (practiceMinMinutes !== null && anyMinutes && practiceMinutes < practiceMinMinutes) {
    findings.push({
      rule: 'time.model',
      blockId: practiceBlocks[0]?.id ?? null,
      params: {
        kind: 'practice',
        minutes: practiceMinutes,
        limit: practiceMinMinutes,
        blocks: practiceKinds.map((kind) => blockKindLabel(kind)).join('、'),
      },
    });
  }
  return findings;
}
