import { exportStyleNames } from '../../export/docxConventions.ts';
import { dropPrefix } from '../inlineContent.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine } from './classifiedElement.ts';
import { hasStyle } from './hasStyle.ts';

const answerMarkPattern = /^[\s\u3000]*(?:【(?:参考)?答案】|【答】|【解析】|【答案与解析】|〔答案〕|\[答案\]|(?:参考)?答案[:：]|解析[:：])[\s\u3000]*/;

/** 【答案】… or a line in our 答案 style, when a question is open to take it; the mark is dropped. */
export function classifyAnswerLine(paragraph: SourceParagraph, questionOpen: boolean): ClassifiedLine | null {
  if (!questionOpen) return null;
  const mark = answerMarkPattern.exec(plainText(paragraph));
  if (!mark && !hasStyle(paragraph, exportStyleNames.answer) && !isAllRed(paragraph)) return null;
  return { kind: 'answer', segments: mark ? dropPrefix(paragraph.segments, mark[0].length) : paragraph.segments };
}

/** Every written character of the line is red: a teacher's answer under the item. */
export function isAllRed(paragraph: Pick<SourceParagraph, 'segments'>): boolean {
  const written = paragraph.segments.filter((segment) => segment.text.trim() !== '' || segment.math !== undefined);
  return written.length > 0 && written.every((segment) => segment.red);
}
