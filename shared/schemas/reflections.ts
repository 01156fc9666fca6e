import { z } from 'zod';
import { personSchema } from './guide.ts';

/**
 * GET /api/groups/:id/reflections: per teacher, the lessons taught and the 教后反思 written this
 * term. The leader sees every teacher of the group; a member sees their own row only.
 */
export const reflectionCountsSchema = z.object({
  term: z.object({ id: z.string(), label: z.string(), start: z.string(), end: z.string() }),
  /** The school's expectation per teacher per term. */
  target: z.number().int(),
  teachers: z.array(
    z.object({
      teacher: personSchema,
      taught: z.number().int(),
      reflections: z.number().int(),
    }),
  ),
});
export type ReflectionCounts = z.infer<typeof reflectionCountsSchema>;

export const reflectionQuerySchema = z.object({
  /** Any day of the term to count (YYYY-MM-DD); today by default. */
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .optional(),
});
