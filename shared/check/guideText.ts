import type { JSONContent } from '@tiptap/core';
import { isBlockKind, type BlockKind } from '../editor/blockKinds.ts';

/** A top-level block of a guide, as the rules read it. */
export interface CheckedBlock {
  kind: BlockKind;
  id: string | null;
  title: string;
  minutes: number | null;
  teacherOnly: boolean;
  node: JSONContent;
}

/** Stands for a fill-in blank in text the rules read. */
export const blankMark = '＿＿';

/** The guide's blocks in order (anything that is not a block kind is skipped). */
export function guideBlocks(doc: JSONContent): CheckedBlock[] {
  return (doc.content ?? []).flatMap((node) => {
    if (!node.type || !isBlockKind(node.type)) return [];
    const attrs = node.attrs ?? {};
    const minutes = typeof attrs.minutes === 'number' && Number.isFinite(attrs.minutes) ? attrs.minutes : null;
    return [
      {
        kind: node.type,
        id: typeof attrs.id === 'string' ? attrs.id : null,
        title: typeof attrs.title === 'string' ? attrs.title : '',
        minutes,
        teacherOnly: attrs.audience === 'teacher',
        node,
      },
    ];
  });
}

const lineNodes = new Set(['paragraph', 'heading']);

/**
 * The text of a node: blanks as {@link blankMark}, formulas as their LaTeX, one line per
 * paragraph. `answers: false` leaves `answer` nodes and the answers in blanks out.
 */
export function nodeText(node: JSONContent, options: { answers?: boolean } = {}): string {
  const answers = options.answers ?? true;
  const parts: string[] = [];
  const visit = (current: JSONContent) => {
    if (current.type === 'answer' && !answers) return;
    if (current.type === 'text') {
      parts.push(current.text ?? '');
      return;
    }
    if (current.type === 'blank') {
      const answer = typeof current.attrs?.answer === 'string' ? current.attrs.answer : '';
      parts.push(answers && answer ? answer : blankMark);
      return;
    }
    if (current.type === 'inlineMath' || current.type === 'blockMath') {
      parts.push(typeof current.attrs?.latex === 'string' ? current.attrs.latex : '');
      return;
    }
    if (current.type === 'hardBreak') {
      parts.push('\n');
      return;
    }
    (current.content ?? []).forEach(visit);
    if (current.type && lineNodes.has(current.type)) parts.push('\n');
  };
  visit(node);
  return parts.join('').replace(/\n+$/, '');
}

/** Whether the text has anything to read (placeholders of a template have none). */
export function hasText(text: string): boolean {
  return text.replace(/[\s＿_【】\u3000]/g, '').length > 0;
}

/** Every node of a type below a node, in document order. */
export function nodesOfType(node: JSONContent, type: string): JSONContent[] {
  const found: JSONContent[] = [];
  const visit = (current: JSONContent) => {
    if (current.type === type) found.push(current);
    (current.content ?? []).forEach(visit);
  };
  (node.content ?? []).forEach(visit);
  return found;
}

/** A question (题) of a block: its text without the answer, whether the 教师版 has its answer, its tier. */
export interface QuestionItem {
  id: string | null;
  text: string;
  answered: boolean;
  tier: string | null;
}

function blanksOf(node: JSONContent): JSONContent[] {
  return nodesOfType(node, 'blank');
}

export function questionItems(block: JSONContent): QuestionItem[] {
  return nodesOfType(block, 'question').map((question) => {
    const text = nodeText(question, { answers: false });
    const answerNode = (question.content ?? []).find((child) => child.type === 'answer');
    const answerText = answerNode ? nodeText(answerNode) : '';
    const blanks = blanksOf(question);
    const blanksAnswered = blanks.length > 0 && blanks.every((blank) => typeof blank.attrs?.answer === 'string' && blank.attrs.answer.trim() !== '');
    const tier = typeof question.attrs?.tier === 'string' && question.attrs.tier.trim() !== '' ? question.attrs.tier.trim() : null;
    return {
      id: typeof question.attrs?.id === 'string' ? question.attrs.id : null,
      text,
      answered: hasText(answerText) || blanksAnswered,
      tier,
    };
  });
}

/** Quotes a piece of text for a message: one line, at most `max` characters. */
export function quote(text: string, max = 16): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
