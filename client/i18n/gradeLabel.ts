import type { TFunction } from 'i18next';

/** 8 -> 八年级 (or "Grade 8"): schools name grades in words, not digits. */
export function gradeLabel(t: TFunction, grade: number): string {
  if (Number.isInteger(grade) && grade >= 1 && grade <= 9) return t(`grade.${grade}`);
  return t('grade.other', { grade });
}
