import { z } from 'zod';
import { accessLevels } from '../workflow/access.ts';
import { copySummarySchema } from './guide.ts';

/** POST /api/guides/:id/copies: a teacher's copy of the final for one of their classes. */
export const createCopyBodySchema = z.object({ classId: z.string().min(1) });
export type CreateCopyBody = z.infer<typeof createCopyBodySchema>;

/** GET /api/copies/:id and the answer to POST /api/guides/:id/copies. */
export const copySchema = copySummarySchema.extend({
  guideTitle: z.string(),
  subject: z.string(),
  grade: z.number(),
  lessonType: z.string(),
  period: z.string().nullable(),
  periodMinutes: z.number(),
  baseVersionLabel: z.string(),
  leadDrafter: z.object({ id: z.string(), name: z.string() }),
  reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
  reviewedAt: z.string().nullable(),
  access: z.enum(accessLevels),
});
export type Copy = z.infer<typeof copySchema>;
