import { z } from 'zod';

/** Most ruled lines a question can ask for; more is a page, not an answer space. */
export const maxAnswerLines = 12;

/**
 * The space a question leaves for the student's answer on the 学生版 (and on the 教师版 when
 * the question has no answer written): ruled `lines`, an empty `box` of `height` millimetres,
 * a squared `grid` (for a graph or a figure; `height` in millimetres, 40 when not given), or
 * `none` (a choice item, or a question answered in blanks).
 */
export const answerSpaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lines'), count: z.number().int().min(0).max(maxAnswerLines) }),
  z.object({ kind: z.literal('box'), height: z.number().min(5).max(250) }),
  z.object({ kind: z.literal('grid'), height: z.number().min(10).max(250).optional() }),
  z.object({ kind: z.literal('none') }),
]);
export type AnswerSpace = z.infer<typeof answerSpaceSchema>;

/** Today's behaviour for a question that never chose: two ruled lines. */
export const defaultAnswerSpace: AnswerSpace = { kind: 'lines', count: 2 };

/** Grid height in millimetres when the grid does not say. */
export const defaultGridHeight = 40;

/**
 * A question's answer space from its attrs. `answerSpace` decides when it is set and valid;
 * otherwise the older `answerLines` (documents, imports and the demo guide written before
 * `answerSpace` existed) gives that many lines, and a question with neither gets
 * {@link defaultAnswerSpace}.
 */
export function answerSpaceOf(attrs: Record<string, unknown> | undefined): AnswerSpace {
  const parsed = answerSpaceSchema.safeParse(attrs?.answerSpace);
  if (parsed.success) return parsed.data;
  const lines = attrs?.answerLines;
  if (typeof lines === 'number' && Number.isFinite(lines)) {
    return { kind: 'lines', count: Math.max(0, Math.min(Math.round(lines), maxAnswerLines)) };
  }
  return defaultAnswerSpace;
}

/**
 * The `answerLines` to keep beside an `answerSpace`, for readers that only know lines (the
 * Word export until it prints boxes and grids): the lines, or none for the other kinds.
 */
export function answerLinesFor(space: AnswerSpace): number {
  return space.kind === 'lines' ? space.count : 0;
}
