import type { JSONContent } from '@tiptap/core';
import { parseChineseNumeral } from '../../../shared/edition/blockHeading.ts';
import { paragraphOf } from '../inlineContent.ts';
import { nodeText } from './nodeText.ts';
import type { InlineSegment } from '../sourceElements.ts';

/** A question of the guide as the answer keys see it. */
export interface KeyedQuestion {
  node: JSONContent;
  number: number | null;
  /** The index of its block, and the block's title. */
  block: number;
  blockTitle: string;
}

/** One numbered answer of an answer key (1．B), with the heading it stood under (二、归纳小结). */
export interface KeyAnswer {
  number: number;
  segments: InlineSegment[];
  heading: string | null;
  /** The task it answers (探究二：… answers the item 探究二：…？); its number is then the task's. */
  task?: string;
}

const taskLabelPattern = /^[\s\u3000]*((?:探究|问题|任务|活动|思考|讨论)[\s\u3000]*([一二三四五六七八九十]{1,3}|\d{1,2}))[\s\u3000]*[:：][\s\u3000]*/;

/** The task a line opens with, by name and number: 探究二：… -> 探究, 2. */
function taskOfMatch(match: RegExpExecArray): { task: string; number: number } {
  const numeral = match[2];
  return {
    task: match[1].replace(/[\s\u3000\d一二三四五六七八九十]/g, ''),
    number: /^\d+$/.test(numeral) ? Number(numeral) : (parseChineseNumeral(numeral) ?? 0),
  };
}

/** 探究二：皇帝多幼年即位…: a key's answer to the task of that name, or null. */
export function taskAnswer(segments: InlineSegment[]): { number: number; task: string; segments: InlineSegment[] } | null {
  const text = segments.map((segment) => segment.text).join('');
  const match = taskLabelPattern.exec(text);
  if (!match || text.length <= match[0].length) return null;
  const answer = sliceSegments(segments, match[0].length, text.length).map(({ red: _red, ...segment }) => segment);
  return { ...taskOfMatch(match), segments: answer };
}

/** The task a question's text opens with (探究二：…？), as `taskAnswer` names it. */
function taskOf(question: KeyedQuestion): { task: string; number: number } | null {
  const match = taskLabelPattern.exec(nodeText(question.node));
  return match ? taskOfMatch(match) : null;
}

/** The part of a line from `start` to `end` (character offsets of its text), styling and equations kept. */
export function sliceSegments(segments: InlineSegment[], start: number, end: number): InlineSegment[] {
  const out: InlineSegment[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = at;
    const to = at + segment.text.length;
    at = to;
    if (to <= start || from >= end) continue;
    if (segment.math !== undefined || segment.blank !== undefined) out.push(segment);
    else out.push({ ...segment, text: segment.text.slice(Math.max(0, start - from), Math.min(segment.text.length, end - from)) });
  }
  return out;
}

const itemNumber = /(?:^|(?<=[\s\u3000；;，,。）)】、：:]))(\d{1,2})[\s\u3000]*(?:[．、]|\.(?!\d))/g;

/**
 * The numbered answers of one answer-key line: 四、当堂检测 1．C 2．1.204×1024；4 ->
 * heading 四、当堂检测, 1 -> C, 2 -> 1.204×1024；4. Empty when the line numbers nothing.
 */
export function parseKeyLine(segments: InlineSegment[]): { heading: string | null; answers: { number: number; segments: InlineSegment[]; heading?: string }[] } {
  const text = segments.map((segment) => segment.text).join('');
  const ranges = choiceRanges(text);
  const matches = [...text.matchAll(itemNumber)].filter((match) => !ranges.some((range) => (match.index ?? 0) >= range.start && (match.index ?? 0) < range.end));
  if (ranges.length > 0) {
    // 1-5 BCBAB  6. discussion: the range's letters, then the numbered answers after it.
    const numbered = matches.length > 0 ? parseKeyLine(sliceSegments(segments, matches[0].index ?? 0, text.length)).answers : [];
    return { heading: text.slice(0, ranges[0].start).trim() || null, answers: [...ranges.flatMap((range) => range.answers), ...numbered] };
  }
  if (matches.length === 0) return { heading: null, answers: [] };
  const headingText = text.slice(0, matches[0].index).replace(/^[\s\u3000]*(?:【?(?:参考)?答案】?[:：]?)/, '').replace(/[\s\u3000:：]+$/, '').trim();
  // 2．y=x² 【当堂检测】1．B: a block name before a number heads the answers from there on.
  let heading: string | undefined;
  const answers = matches.map((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    let end = index + 1 < matches.length ? (matches[index + 1].index ?? text.length) : text.length;
    const answerHeading = heading;
    const next = index + 1 < matches.length ? midLineHeading.exec(text.slice(start, end)) : null;
    if (next) {
      heading = next[1];
      end = start + (next.index ?? 0);
    }
    return { number: Number(match[1]), text: text.slice(start, end).trim(), segments: sliceSegments(segments, start, end), heading: answerHeading };
  });
  return {
    heading: headingText || null,
    answers: answers
      .filter((answer) => answer.text !== '')
      .map(({ number, segments: part, heading: answerHeading }) => ({ number, segments: part.map(({ red: _red, ...segment }) => segment), ...(answerHeading ? { heading: answerHeading } : {}) })),
  };
}

/** 【当堂检测】 closing a key answer's text: the heading of the answers after it. */
const midLineHeading = /[\s\u3000]*([【[][^】\]]{2,10}[】\]])[\s\u3000]*$/;

const choiceRangePattern = /(?<![\d.．])(\d{1,2})[\s\u3000]*[-—–~～][\s\u3000]*(\d{1,2})[\s\u3000]*[:：.．、]?[\s\u3000]*([A-Ga-g]{2,20})(?![A-Za-z])/g;

/** 1-5 BCBAB, 6～10：ACDBA: the answers of a run of choice items, one letter each. */
function choiceRanges(text: string): { start: number; end: number; answers: { number: number; segments: InlineSegment[] }[] }[] {
  return [...text.matchAll(choiceRangePattern)].flatMap((match) => {
    const first = Number(match[1]);
    const letters = match[3].toUpperCase();
    if (Number(match[2]) - first + 1 !== letters.length) return [];
    const start = match.index ?? 0;
    return [{ start, end: start + match[0].length, answers: [...letters].map((letter, index) => ({ number: first + index, segments: [{ text: letter }] })) }];
  });
}

/** An answer that is only choice letters (B, AD): it answers an item with options. */
function choiceLetters(answer: KeyAnswer): boolean {
  return /^[\s\u3000]*[A-G]{1,4}[\s\u3000]*$/.test(answer.segments.map((segment) => segment.text).join(''));
}

/** An item to choose in: options A. … B. …, or the brackets the letter goes in. */
function hasOptions(question: KeyedQuestion): boolean {
  const text = nodeText(question.node);
  return /A[.．、][\s\S]*B[.．、]|（[\s\u3000]*）|\([\s\u3000]*\)/.test(text);
}

function normaliseTitle(text: string): string {
  return text.replace(/^[一二三四五六七八九十]+[、.．]/, '').replace(/[【】[\]（）()\s\u3000:：、]/g, '');
}

function hasAnswer(question: KeyedQuestion): boolean {
  return (question.node.content ?? []).some((node) => node.type === 'answer');
}

function giveAnswer(question: KeyedQuestion, segments: InlineSegment[]): void {
  question.node.content = [...(question.node.content ?? []), { type: 'answer', content: [paragraphOf(segments)] }];
}

/**
 * Gives each answer of a 参考答案 section to its item: under a heading naming a block (二、归纳小结,
 * 【基础梳理】) the search starts at that block, otherwise after the item answered last; the
 * first unanswered item of the same number wins, then any unanswered item of that number.
 */
export function matchAnswerKey(questions: KeyedQuestion[], answers: KeyAnswer[]): number {
  let cursor = 0;
  let given = 0;
  let lastHeading: string | null = null;
  for (const answer of answers) {
    if (answer.heading && answer.heading !== lastHeading) {
      lastHeading = answer.heading;
      const wanted = normaliseTitle(answer.heading);
      const at = wanted ? questions.findIndex((question) => normaliseTitle(question.blockTitle).includes(wanted) || (wanted.length >= 2 && wanted.includes(normaliseTitle(question.blockTitle)) && normaliseTitle(question.blockTitle).length >= 2)) : -1;
      if (at !== -1) cursor = at;
    }
    const fits = answer.task
      ? (question: KeyedQuestion) => {
          const task = taskOf(question);
          return !hasAnswer(question) && task !== null && task.task === answer.task && task.number === answer.number;
        }
      : (question: KeyedQuestion) => !hasAnswer(question) && (question.number === answer.number || question.number === null) && (!choiceLetters(answer) || hasOptions(question));
    let index = questions.findIndex((question, position) => position >= cursor && fits(question));
    if (index === -1) index = questions.findIndex(fits);
    if (index === -1) continue;
    giveAnswer(questions[index], answer.segments);
    given += 1;
    cursor = index + 1;
  }
  return given;
}

/** Answers written in a block for its own items (答案：1．… 2．… beside or under them): by number, else in order. */
export function matchBlockKey(questions: KeyedQuestion[], answers: { number: number; segments: InlineSegment[] }[]): void {
  for (const answer of answers) {
    const open = questions.filter((question) => !hasAnswer(question));
    const target = open.find((question) => question.number === answer.number) ?? (open.every((question) => question.number === null) ? open[0] : undefined);
    if (target) giveAnswer(target, answer.segments);
  }
}
