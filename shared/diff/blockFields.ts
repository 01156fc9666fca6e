import type { JSONContent } from '@tiptap/core';
import type { FieldChange } from '../schemas/diff.ts';
import { blockText } from './blockText.ts';
import { diffTokens } from './diffTokens.ts';
import { tokenize } from './tokenize.ts';

type FieldValue = string | number | null;

interface QuestionFacts {
  id: string | null;
  number: number;
  tier: string | null;
  answer: string | null;
}

function attribute(node: JSONContent | undefined, name: string): FieldValue {
  const value = node?.attrs?.[name] as unknown;
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
}

/** Every question in a block (at any depth), numbered in document order. */
function questionsOf(block: JSONContent): QuestionFacts[] {
  const questions: QuestionFacts[] = [];
  const visit = (node: JSONContent) => {
    if (node.type === 'question') {
      const answer = node.content?.find((child) => child.type === 'answer');
      questions.push({
        id: attribute(node, 'id') as string | null,
        number: questions.length + 1,
        tier: attribute(node, 'tier') as string | null,
        answer: answer ? blockText(answer).text : null,
      });
    }
    node.content?.forEach(visit);
  };
  block.content?.forEach(visit);
  return questions;
}

/** "4人一组：组长、记录员、汇报员、检查员" for a 互学 block's group roles, null when it has none. */
function groupRolesOf(block: JSONContent): string | null {
  const node = block.content?.find((child) => child.type === 'groupRoles');
  if (!node) return null;
  const roles = Array.isArray(node.attrs?.roles) ? (node.attrs.roles as unknown[]).map(String) : [];
  return `${String(node.attrs?.size ?? '')}人一组：${roles.join('、')}`;
}

export interface FieldDiff {
  fields: FieldChange[];
  wordsInserted: number;
  wordsDeleted: number;
}

/**
 * The changes of a block's attributes (kind, title, minutes, audience, group roles) and of its
 * questions' tiers and answers, matched by question id (or by number when a question has none).
 * Either side may be missing: an inserted block reports the answers it brings.
 */
export function blockFieldChanges(a: JSONContent | undefined, b: JSONContent | undefined): FieldDiff {
  const fields: FieldChange[] = [];
  let wordsInserted = 0;
  let wordsDeleted = 0;
  if (a && b) {
    if (a.type !== b.type) fields.push({ field: 'kind', from: a.type ?? null, to: b.type ?? null });
    for (const field of ['title', 'minutes', 'audience'] as const) {
      const from = attribute(a, field);
      const to = attribute(b, field);
      if (from !== to) fields.push({ field, from, to });
    }
    const rolesFrom = groupRolesOf(a);
    const rolesTo = groupRolesOf(b);
    if (rolesFrom !== rolesTo) fields.push({ field: 'groupRoles', from: rolesFrom, to: rolesTo });
  }

  const questionsA = a ? questionsOf(a) : [];
  const questionsB = b ? questionsOf(b) : [];
  const key = (question: QuestionFacts) => question.id ?? `#${question.number}`;
  const byKeyA = new Map(questionsA.map((question) => [key(question), question]));
  const keysB = new Set(questionsB.map(key));
  const pairs: [QuestionFacts | undefined, QuestionFacts | undefined][] = [
    ...questionsB.map((question): [QuestionFacts | undefined, QuestionFacts] => [byKeyA.get(key(question)), question]),
    ...questionsA.filter((question) => !keysB.has(key(question))).map((question): [QuestionFacts, undefined] => [question, undefined]),
  ];
  for (const [from, to] of pairs) {
    const question = to ?? from;
    if (!question) continue;
    const where = { questionId: question.id, questionNumber: question.number };
    const tierFrom = from?.tier ?? null;
    const tierTo = to?.tier ?? null;
    if (tierFrom !== tierTo) fields.push({ field: 'tier', from: tierFrom, to: tierTo, ...where });
    const answerFrom = from?.answer ?? null;
    const answerTo = to?.answer ?? null;
    if (answerFrom !== answerTo) {
      const words = diffTokens(tokenize(answerFrom ?? ''), tokenize(answerTo ?? ''));
      wordsInserted += words.wordsInserted;
      wordsDeleted += words.wordsDeleted;
      fields.push({ field: 'answer', from: answerFrom, to: answerTo, ...where, parts: words.parts });
    }
  }
  return { fields, wordsInserted, wordsDeleted };
}
