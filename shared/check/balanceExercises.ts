import type { JSONContent } from '@tiptap/core';
import { edition } from '../edition/edition.ts';
import type { BlockKind } from '../editor/blockKinds.ts';
import { blankMark, guideBlocks, nodeText } from './guideText.ts';
import type { RawFinding } from './types.ts';

/** Blocks that are neither guidance nor exercises: goals, key points, the students' own summary and reflection. */
const notCounted: ReadonlySet<BlockKind> = new Set(['objectives', 'keyPoints', 'summary', 'reflection']);

/** A line or item that asks for an answer to fill in or choose: blanks, underscores, empty full-width brackets. */
const exercisePattern = new RegExp(`${blankMark}|_{3,}|＿{2,}|[（(][\\s\u3000]*[)）]`);
/** A place to write one's doubts or score, not an exercise. */
const spacePattern = /^(?:我的疑惑|疑惑|我的问题|得分|批改人|我还)/;
/** An open question or a guiding instruction: why / how / discuss / find out. */
const openPattern = /为什么|怎样|如何|探究|讨论|交流|归纳|发现|思考|说说|想一想|议一议|比一比|猜想|总结|你能|尝试|阅读|观察/;

export interface ExerciseBalance {
  exercises: number;
  guidance: number;
}

/**
 * Counts the student-visible lines and items of a guide: an exercise asks to fill in or
 * choose; guidance instructs, explains or asks an open question. Questions of 合作探究 are
 * guidance (inquiry), and the 学法指导 block is guidance throughout.
 */
export function exerciseBalance(doc: JSONContent): ExerciseBalance {
  const balance: ExerciseBalance = { exercises: 0, guidance: 0 };
  for (const block of guideBlocks(edition(doc, 'student'))) {
    if (notCounted.has(block.kind)) continue;
    for (const child of block.node.content ?? []) {
      const units = child.type === 'question' ? [nodeText(child)] : nodeText(child).split('\n');
      for (const unit of units) {
        const text = unit.trim();
        if (text.replace(/[\s\p{P}＿_]/gu, '').length < 4 || spacePattern.test(text)) continue;
        const inquiry = block.kind === 'method' || block.kind === 'mutualLearning' || block.kind === 'presentation';
        if (!inquiry && exercisePattern.test(text) && !openPattern.test(text)) balance.exercises += 1;
        else if (!inquiry && child.type === 'question' && (block.kind === 'check' || block.kind === 'extension')) balance.exercises += 1;
        else balance.guidance += 1;
      }
    }
  }
  return balance;
}

/** More than this share of exercises reads like a 试卷. */
export const exerciseShareLimit = 0.75;
/** A guide shorter than this many exercise lines is not judged. */
export const exerciseMinimum = 8;

/** balance.exercises: exercises crowd out guidance and open questions. */
export function balanceExercises(doc: JSONContent): RawFinding[] {
  const { exercises, guidance } = exerciseBalance(doc);
  const total = exercises + guidance;
  if (exercises < exerciseMinimum || exercises / total <= exerciseShareLimit) return [];
  return [{ rule: 'balance.exercises', blockId: null, params: { exercises, guidance, share: Math.round((exercises / total) * 100) } }];
}
