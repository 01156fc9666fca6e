import { defaultCheckSettings } from '../../../shared/check/settings.ts';

/**
 * The tier labels a teacher can pick for a question: the school's scheme (its 体检设置 marks:
 * A/B/C, 基础/提高/拓展, 必做/选做, ★…; the direction differs by school). They are data, stored
 * as written, in every UI language. The open guide sets its school's marks.
 */
let schoolTiers: readonly string[] = defaultCheckSettings.tiering.marks;

export function setQuestionTiers(marks: readonly string[]): void {
  if (marks.length > 0) schoolTiers = marks;
}

/** The marks to offer, with a question's own tier kept even when the scheme no longer has it. */
export function questionTiers(current: string | null): readonly string[] {
  return current && !schoolTiers.includes(current) ? [...schoolTiers, current] : schoolTiers;
}
