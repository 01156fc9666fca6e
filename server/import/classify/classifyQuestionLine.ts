import type { BlockKind } from '../../../shared/editor/blockKinds.ts';
import { parseTierHeading, parseTierMark } from '../../../shared/import/labelMapping.ts';
import { exportStyleNames } from '../../export/docxConventions.ts';
import { dropPrefix, trimSegments } from '../inlineContent.ts';
import { plainText, type SourceParagraph } from '../sourceElements.ts';
import type { ClassifiedLine, LineContext } from './classifiedElement.ts';
import { hasStyle } from './hasStyle.ts';

const questionNumberPattern = /^[\s\u3000]*(\d{1,3})[\s\u3000]*(?:[．、)）]|\.(?!\d))[\s\u3000]*/;
const taskPattern = /^(探究|问题|任务|活动)[\s\u3000]*[0-9一二三四五六七八九十]{1,3}[\s\u3000]*[:：][\s\u3000]*\S/;
/** A line that asks for an answer: a blank, empty brackets, a question mark. */
const askPattern = /[_＿]{3,}|（[\s\u3000]+）|\([\s\u3000]+\)|[？?]/;
const blankPattern = /[_＿]{3,}|（[\s\u3000]+）|\([\s\u3000]+\)/;
/** Words that set a task to answer (计算, 写出, 判断 …): with them a line asks without a blank or a question mark. */
const taskVerbPattern = /计算|算一算|估一估|求出?|写出|写一写|解答|证明|填|选择|判断|翻译|列式|说说|说一说|说出|画出/;
/** （1）… / (2)…: an item numbered in brackets, or a part of the item above it. */
const parenNumberPattern = /^[\s\u3000]*[（(](\d{1,2})[)）][\s\u3000]*/;
/** ① … with a blank or a question: an item numbered with a circled number. */
const circledPattern = /^[\s\u3000]*([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])[\s\u3000]*/;
/** The words naming a worked example or its variant. */
const exampleWords = '(?:例|例题|典例|变式|变式训练|变式练习|跟踪训练|针对训练|即时训练|对点训练)';
/** 例1 … / 例题2：… / 变式训练1：…: a worked example or its variant, an item of its own. */
const examplePattern = new RegExp(`^${exampleWords}[\\s\\u3000]*(\\d{1,2})(?![\\d.．])[\\s\\u3000.．:：、]*\\S`);
/** 【例1】… / 【变式1】… / 【跟踪训练】…: the same with its mark in brackets, the number optional. */
const bracketedExamplePattern = new RegExp(`^[【[〔][\\s\\u3000]*${exampleWords}[\\s\\u3000]*(\\d{1,2})?[\\s\\u3000]*[】\\]〕][\\s\\u3000:：]*\\S`);
/** A second numbered item later on the same line (1. key______ 2. stop______). */
const inlineItemPattern = /[\s\u3000]\d{1,3}(?:．|\.(?!\d))/;
/** Blocks whose numbered lines are questions; in the others (学习目标 …) they are a numbered list. */
const questionKinds: ReadonlySet<BlockKind> = new Set(['priorKnowledge', 'selfStudy', 'mutualLearning', 'presentation', 'check', 'extension', 'section']);

/**
 * A line that opens questions: a tier heading (A组（必做）), a numbered line, or a task
 * (探究1：…) not followed by numbered items of its own. Null for any other line.
 */
export function classifyQuestionLine(paragraph: SourceParagraph, context: LineContext): ClassifiedLine | null {
  const raw = plainText(paragraph);
  const text = raw.trim();
  const tierHeading = parseTierHeading(text);
  if (tierHeading && !questionNumberPattern.test(text)) {
    return { kind: 'tierHeading', tier: tierHeading.tier, segments: paragraph.segments, opensQuestion: tierHeading.rest !== '' };
  }
  const numbered = questionNumberPattern.exec(raw);
  if (numbered && !paragraph.list) return classifyNumberedLine(paragraph, numbered[0].length, context.blockKind);
  const markFirst = markBeforeNumber(paragraph, raw);
  if (markFirst) return markFirst;
  const paren = parenNumberPattern.exec(raw);
  if (paren && !paragraph.list && (!context.questionOpen || context.parenQuestionOpen) && (blankPattern.test(raw) || (questionKinds.has(context.blockKind) && (askPattern.test(raw) || taskVerbPattern.test(raw))))) {
    // （1）口算… （2）列式…: items numbered in brackets where no item 1．… holds them as its parts.
    return { kind: 'question', tier: null, segments: dropPrefix(paragraph.segments, paren[0].length), number: Number(paren[1]), paren: true };
  }
  const circled = circledPattern.exec(raw);
  if (circled && (askPattern.test(raw) || paragraph.segments.some((segment) => segment.red && segment.text.trim() !== ''))) {
    return { kind: 'question', tier: null, segments: dropPrefix(paragraph.segments, circled[0].length), number: circled[1].charCodeAt(0) - 0x245f };
  }
  const example = examplePattern.exec(text) ?? bracketedExamplePattern.exec(text);
  if (example) return { kind: 'question', tier: null, segments: paragraph.segments, number: example[1] ? Number(example[1]) : null };
  if (taskPattern.test(text) && !questionNumberPattern.test(context.nextLineText())) {
    return { kind: 'question', tier: null, segments: paragraph.segments };
  }
  return null;
}

/** ★1．… / 【B】2．…: a tier mark written before the item's number. */
function markBeforeNumber(paragraph: SourceParagraph, raw: string): ClassifiedLine | null {
  const mark = parseTierMark(raw);
  const numbered = mark ? questionNumberPattern.exec(mark.rest) : null;
  if (!mark || !numbered) return null;
  const prefix = raw.lastIndexOf(mark.rest) + numbered[0].length;
  return { kind: 'question', tier: mark.tier, segments: dropPrefix(paragraph.segments, prefix), number: Number(numbered[1]) };
}

/** Blocks of goals: a numbered line quoting a question (What’s his name?) is a goal, only a blank makes it an item. */
const goalKinds: ReadonlySet<BlockKind> = new Set(['objectives', 'keyPoints', 'method']);

/**
 * A line numbered in its text (1. / 2、): a question with its tier mark (★, A层 …) taken off,
 * except in blocks of no questions (学习目标 1. … 2. … is a numbered list) and on exercise lines
 * holding several items (1. key______ 2. stop______ stays one paragraph).
 */
function classifyNumberedLine(paragraph: SourceParagraph, numberLength: number, blockKind: BlockKind): ClassifiedLine {
  const inlineItems = inlineItemPattern.test(plainText(paragraph).slice(numberLength));
  const questionStyled = hasStyle(paragraph, exportStyleNames.question);
  const segments = dropPrefix(paragraph.segments, numberLength);
  // An item to fill in or answer is a question in any block (归纳小结 1．…______).
  const asks = (goalKinds.has(blockKind) ? blankPattern : askPattern).test(plainText(paragraph)) || paragraph.segments.some((segment) => segment.red && segment.text.trim() !== '');
  if (!questionStyled && ((!questionKinds.has(blockKind) && !asks) || inlineItems)) {
    if (inlineItems) return { kind: 'paragraph', bold: false, segments: paragraph.segments };
    return { kind: 'listItem', list: 'ordered', segments };
  }
  const text = plainText({ segments });
  const mark = parseTierMark(text);
  const number = Number(/\d{1,3}/.exec(plainText(paragraph))?.[0] ?? Number.NaN);
  if (!mark) return { kind: 'question', tier: null, segments, number: Number.isFinite(number) ? number : null };
  const markLength = text.replace(/^[\s\u3000]+/, '').length - mark.rest.length;
  return { kind: 'question', tier: mark.tier, segments: dropPrefix(trimSegments(segments), markLength), number: Number.isFinite(number) ? number : null };
}
