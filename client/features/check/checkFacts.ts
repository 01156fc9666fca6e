import type { GuideCheckFacts, LessonType } from '../../../shared/check/types.ts';
import type { Stage } from '../../../shared/workflow/stages.ts';

interface CheckedThing {
  grade: number;
  lessonType: string;
  leadDrafter: { name: string };
  reviewer: { name: string } | null;
}

/** The facts the rules read, from a guide or a class copy as the API presents it. */
export function checkFactsOf(thing: CheckedThing, stage: Stage): GuideCheckFacts {
  return {
    grade: thing.grade,
    lessonType: thing.lessonType as LessonType,
    stage,
    leadDrafter: thing.leadDrafter.name,
    reviewer: thing.reviewer?.name ?? null,
  };
}
