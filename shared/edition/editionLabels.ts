import type { EditionKind } from './edition.ts';

/** What each edition is called on paper, in file names and in Word (学生版 / 教师版). */
export const editionLabels: Record<EditionKind, string> = {
  student: '学生版',
  teacher: '教师版',
};

/** The mark printed next to what only the 教师版 shows. */
export const teacherOnlyMark = '【教师用】';

/** The label in front of an answer in the 教师版. */
export const answerMark = '【答案】';

/** The label in front of a class teacher's margin note (教师复备栏) in the 教师版. */
export const teacherNoteMark = '【复备】';
