import { exportStyleNames } from '../../export/docxConventions.ts';
import { dropPrefix } from '../inlineContent.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine } from './classifiedElement.ts';
import { hasStyle } from './hasStyle.ts';

const teacherNoteMarkPattern = /^[\s\u3000]*【复备】[\s\u3000]*/;

/**
 * A 教师复备栏 note our 教师版 printed (style 教师复备, 【复备】 in front of its first line), or a
 * line a teacher opened with 【复备】 in any file.
 */
export function classifyTeacherNoteLine(paragraph: SourceParagraph): ClassifiedLine | null {
  const mark = teacherNoteMarkPattern.exec(plainText(paragraph));
  if (!hasStyle(paragraph, exportStyleNames.teacherNote) && !(mark && plainText(paragraph).length > mark[0].length)) return null;
  return {
    kind: 'teacherNote',
    segments: mark ? dropPrefix(paragraph.segments, mark[0].length) : paragraph.segments,
    marked: mark !== null,
  };
}
