import type { SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine, LineContext } from './classifiedElement.ts';
import { classifyAnswerLine } from './classifyAnswerLine.ts';
import { classifyContentLine } from './classifyContentLine.ts';
import { classifyGroupRolesLine } from './classifyGroupRolesLine.ts';
import { classifyQuestionLine } from './classifyQuestionLine.ts';
import { classifyTeacherNoteLine } from './classifyTeacherNoteLine.ts';

/** One line inside a block; the first classifier that recognises the line decides. */
export function classifyBlockLine(paragraph: SourceParagraph, context: LineContext): ClassifiedLine {
  if (paragraph.ruledLine) return { kind: 'ruledLine' };
  return (
    classifyAnswerLine(paragraph, context.questionOpen) ??
    classifyTeacherNoteLine(paragraph) ??
    classifyGroupRolesLine(paragraph, context.blockKind) ??
    classifyQuestionLine(paragraph, context) ??
    classifyContentLine(paragraph, context.questionOpen)
  );
}
