/**
 * What our Word export writes besides the visible text, so the importer can read its own
 * files back exactly even after a teacher edited them in Word or WPS: a bookmark at each
 * block's heading naming the block kind (bookmarks are invisible and survive editing), and
 * named paragraph styles for answers and margin notes.
 */
export const exportBookmarkPrefix = 'dxa_';

/** A bookmark name for a block heading: dxa_<kind>_<n> (Word allows 40 characters, letters first). */
export function blockBookmarkName(kind: string, index: number): string {
  return `${exportBookmarkPrefix}${kind}_${index}`.slice(0, 40);
}

/** Paragraph style ids and the names Word shows for them. */
export const exportStyles = {
  answer: { id: 'GuideAnswer', name: '答案' },
  teacherNote: { id: 'GuideTeacherNote', name: '教师复备' },
  answerLine: { id: 'GuideAnswerLine', name: '答题线' },
  question: { id: 'GuideQuestion', name: '题目' },
  questionMore: { id: 'GuideQuestionMore', name: '题目续行' },
} as const;

/** The style names the importer recognises (ours, and the English names a converted file may carry). */
export const exportStyleNames = {
  answer: [exportStyles.answer.name, 'Answer', exportStyles.answer.id],
  teacherNote: [exportStyles.teacherNote.name, exportStyles.teacherNote.id],
  question: [exportStyles.question.name, exportStyles.question.id],
  questionMore: [exportStyles.questionMore.name, exportStyles.questionMore.id],
} as const;
