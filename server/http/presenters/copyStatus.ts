import type { JSONContent } from '@tiptap/core';
import { findBlockById, isReflectionWritten } from '../../../shared/editor/teachingReflection.ts';
import type { CopyStatus } from '../../../shared/schemas/copyLife.ts';
import type { Stage } from '../../../shared/workflow/stages.ts';
import type { CopyLifeRow } from '../../db/repos/copyLife.ts';

export interface VersionRef {
  number: number;
  label: string;
}

/** The label of version n among the guide's finals, or "vN" when it is not one of them. */
export function finalRef(finals: readonly VersionRef[], number: number): VersionRef {
  return finals.find((version) => version.number === number) ?? { number, label: `v${number}` };
}

/** Whether the copy's 教后反思 block (if it has one) holds more than its prompts. */
export function copyReflectionWritten(copy: Pick<CopyLifeRow, 'reflection_block_id'>, content: JSONContent | null): boolean {
  if (!content) return false;
  return isReflectionWritten(findBlockById(content, copy.reflection_block_id));
}

export function presentCopyStatus(
  copy: CopyLifeRow,
  facts: { stage: Stage; finals: readonly VersionRef[]; content: JSONContent | null },
): CopyStatus {
  const base = finalRef(facts.finals, copy.base_version);
  const latestFinal = facts.finals.at(-1) ?? base;
  return {
    copyId: copy.id,
    guideId: copy.guide_id,
    guideStage: facts.stage,
    base,
    latestFinal,
    behind: latestFinal.number > base.number,
    taughtOn: copy.taught_on,
    reflectionBlockId: copy.reflection_block_id,
    reflectionWritten: copyReflectionWritten(copy, facts.content),
    pulledAt: copy.pulled_at,
  };
}
