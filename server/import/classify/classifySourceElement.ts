import { plainText, type InlineSegment, type SourceElement, type SourceTable } from '../sourceElements.ts';
import type { ClassifiedElement, ClassifyContext } from './classifiedElement.ts';
import { classifyBlockLabel } from './classifyBlockLabel.ts';
import { classifyBlockLine } from './classifyBlockLine.ts';
import { classifyLooseLine } from './classifyLooseLine.ts';
import { classifyTable } from './classifyTable.ts';
import { looseLinesLabel } from './looseLinesLabel.ts';
import { parseKeyLine } from '../assemble/answerKeys.ts';
import { parseBlockLabel, parseTierHeading } from '../../../shared/import/labelMapping.ts';
import { parseHeaderFields } from '../../../shared/import/headerFields.ts';

/**
 * 参考答案, 【预习案答案】, 答案与解析, 教师版·含答案, 附：参考答案, 参考答案（教师用）: the title of a
 * section answering the items above.
 */
const answerKeyTitle =
  /^[【[〔（(]?[\s\u3000]*(?!我的|正确|标准)[\u4e00-\u9fff·・•—\-\s\u3000:：（）()]{0,10}?(?:参考答案|答案)(?:与解析|及解析|与提示|及评分标准)?[\s\u3000]*(?:[（(][\u4e00-\u9fff]{1,6}[)）])?[】\]〕)）]?[:：]?$/;
/** Keys:, Answer key, Answers: the same in an English guide. */
const englishKeyTitle = /^(?:keys?|answers?|answer keys?|keys? to (?:the )?exercises)[\s\u3000]*[:：]?$/i;
/** A line opening with a bracketed mark naming the teacher's part, and more after it. */
const teacherMarkLine = /^[【[〔（(][\s\u3000]*(?:教师活动|教师指导|老师活动|设计意图|教学意图|设计说明|教学建议|教法指导|二次备课|教师备注)[\s\u3000]*[】\]〕)）][\s\u3000]*[:：]?[\s\u3000]*\S/;
/** 答案：1．… 2．… in a block: answers to its own items. */
const blockKeyPattern = /^[（(]?[\s\u3000]*(?:【(?:参考)?答案】|(?:参考)?答案[:：])/;

/**
 * What one element of a Word guide is, given where the assembly stands: a header or title
 * line before the first block, a label opening a block, or a line inside a block (lines
 * before any label go to a generic section).
 */
export function classifySourceElement(element: SourceElement, context: ClassifyContext): ClassifiedElement {
  // A table inside a 参考答案 section is part of the key (题号 | 1 | 2 over 答案 | A | B), never content.
  if (element.type === 'table' && context.answerKey) return { kind: 'answerKeyLine', ...keyTableLine(element) };
  if (element.type === 'table') return classifyTable(element, context.blockKind === null);
  if (element.figure) return { kind: 'figure', src: element.figure.part, width: element.figure.width, height: element.figure.height };
  if (element.displayMath !== undefined) return { kind: 'blockMath', latex: element.displayMath };
  const text = plainText(element).trim();
  if (element.teacher && text) return { kind: 'teacherNote', segments: element.segments, marked: false };
  // An 答案 column's line: the open item's answer; with no item open, a note for the teacher.
  if (element.answer && text) return context.questionOpen ? { kind: 'answer', segments: element.segments } : { kind: 'teacherNote', segments: element.segments, marked: true };
  // 【教师活动】提出问题…, 【设计意图】…: the teacher's own lines written in the flow of the guide.
  if (teacherMarkLine.test(text)) return { kind: 'teacherNote', segments: element.segments, marked: true };
  if (!text && !element.ruledLine) return { kind: 'blank' };
  if (answerKeyTitle.test(text) || englishKeyTitle.test(text)) return { kind: 'answerKeyStart' };
  // 基础达标 / 能力提升 over a block's items: tiers of the items, not new blocks.
  if (context.blockKind !== null && context.blockKind !== 'objectives' && parseTierHeading(text) && /^[【[（(]?[\s\u3000]*(?:基础|能力|综合|提高|必做|选做|optional|compulsory)/i.test(text) && !parseBlockLabel(text, { synonyms: context.synonyms })?.mapped) {
    return classifyBlockLine(element, { blockKind: context.blockKind, questionOpen: context.questionOpen, parenQuestionOpen: context.parenQuestionOpen, nextLineText: context.nextLineText });
  }
  const label = classifyBlockLabel(element, text, context);
  if (context.answerKey) {
    // A numbered answer line stays in the key even when it starts like a label (二、归纳小结 1．…).
    if (!label || parseKeyLine(element.segments).answers.length > 0) return { kind: 'answerKeyLine', text, segments: element.segments };
  }
  if (label) return label;
  if (blockKeyPattern.test(text)) {
    // 答案：1．B 2．C, or 答案：4．HClO for one item of several (a teacher's column beside items 4 and 5).
    const key = parseKeyLine(element.segments);
    if (key.answers.length >= 2 || (key.answers.length === 1 && key.heading === null)) return { kind: 'blockKey', segments: element.segments };
  }
  // A header line printed among the first blocks (课型：新授课 教法：… 教具：…): two fields or more say it is the header.
  const fields = context.blockKind !== null ? parseHeaderFields(text) : null;
  if (fields && Object.keys(fields).length >= 2) return { kind: 'headerFields', fields };
  const loose = context.blockKind === null ? classifyLooseLine(element, text) : null;
  if (loose) return loose;
  return classifyBlockLine(element, {
    blockKind: context.blockKind ?? looseLinesLabel.kind,
    questionOpen: context.questionOpen,
    parenQuestionOpen: context.parenQuestionOpen,
    nextLineText: context.nextLineText,
  });
}

/** A key table as one key line: 题号 | 1 | 2 over 答案 | A | B -> 1．A 2．B; any other table its text. */
function keyTableLine(table: SourceTable): { text: string; segments: InlineSegment[] } {
  const texts = table.rows.map((row) => row.map((cell) => cell.paragraphs.map(plainText).join(' ').trim()));
  const pairs: string[] = [];
  texts.forEach((row, index) => {
    const answers = texts[index + 1];
    if (!/^题\s*号$/.test(row[0] ?? '') || !answers || !/答案/.test(answers[0] ?? '')) return;
    row.slice(1).forEach((number, column) => {
      if (/^\d{1,3}$/.test(number) && answers[column + 1]) pairs.push(`${number}．${answers[column + 1]}`);
    });
  });
  const text = pairs.length > 0 ? pairs.join('\u3000') : texts.map((row) => row.join('\u3000')).join('\u3000');
  return { text, segments: [{ text }] };
}
