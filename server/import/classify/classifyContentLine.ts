import { exportStyleNames } from '../../export/docxConventions.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine, ListStyle } from './classifiedElement.ts';
import { hasStyle } from './hasStyle.ts';

const continuationPattern = /^(\u3000|[（(]\d{1,2}[)）]|[A-Da-d][.．、]|(提示|答|注|解|分析)[:：]|【(分析|解析|点拨|提示|注意|思路)】|[①②③④⑤⑥⑦⑧⑨⑩])/;

/**
 * Any other line: a part of the open question when it reads like one (a list item, indented,
 * our 题干续行 style, (1) / A. / ① / 提示： in front), otherwise content of the block.
 */
export function classifyContentLine(paragraph: SourceParagraph, questionOpen: boolean): ClassifiedLine {
  const list: ListStyle | null = paragraph.list ? listStyle(paragraph.list.ordered) : null;
  const continues =
    paragraph.list !== null ||
    paragraph.indented ||
    hasStyle(paragraph, exportStyleNames.questionMore) ||
    continuationPattern.test(plainText(paragraph));
  if (questionOpen && continues) return { kind: 'questionPart', list, segments: paragraph.segments };
  if (list) return { kind: 'listItem', list, segments: paragraph.segments };
  return { kind: 'paragraph', bold: paragraph.headingLevel !== null, segments: paragraph.segments };
}

function listStyle(ordered: boolean): ListStyle {
  return ordered ? 'ordered' : 'bullet';
}
