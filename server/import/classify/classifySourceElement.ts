import { plainText, type SourceElement } from '../sourceElements.ts';
import type { ClassifiedElement, ClassifyContext } from './classifiedElement.ts';
import { classifyBlockLabel } from './classifyBlockLabel.ts';
import { classifyBlockLine } from './classifyBlockLine.ts';
import { classifyLooseLine } from './classifyLooseLine.ts';
import { classifyTable } from './classifyTable.ts';
import { looseLinesLabel } from './looseLinesLabel.ts';

/**
 * What one element of a Word guide is, given where the assembly stands: a header or title
 * line before the first block, a label opening a block, or a line inside a block (lines
 * before any label go to a generic section).
 */
export function classifySourceElement(element: SourceElement, context: ClassifyContext): ClassifiedElement {
  if (element.type === 'table') return classifyTable(element, context.blockKind === null);
  if (element.figure) return { kind: 'figure', src: element.figure.part, width: element.figure.width, height: element.figure.height };
  if (element.displayMath !== undefined) return { kind: 'blockMath', latex: element.displayMath };
  const text = plainText(element).trim();
  if (element.teacher && text) return { kind: 'teacherNote', segments: element.segments, marked: false };
  if (!text && !element.ruledLine) return { kind: 'blank' };
  const label = classifyBlockLabel(element, text, context);
  if (label) return label;
  const loose = context.blockKind === null ? classifyLooseLine(element, text) : null;
  if (loose) return loose;
  return classifyBlockLine(element, {
    blockKind: context.blockKind ?? looseLinesLabel.kind,
    questionOpen: context.questionOpen,
    nextLineText: context.nextLineText,
  });
}
