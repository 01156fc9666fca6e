import { z } from 'zod';

/**
 * POST /api/guides/:id/versions/:number/restore: make the live guide the content of saved
 * version `number`. The path's number, read as a whole number from 1.
 */
export const restoreVersionParamsSchema = z.object({
  id: z.string().min(1),
  number: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number is a whole number from 1')
    .transform(Number),
});
export type RestoreVersionParams = z.infer<typeof restoreVersionParamsSchema>;

/**
 * Its answer: whether the live guide changed (restoring the content it already has changes
 * nothing), and the number of the 恢复前 version that keeps what the restore replaced (null when
 * that content is already a saved version, or nothing changed): restoring it undoes the restore.
 */
export const restoreVersionResultSchema = z.object({
  ok: z.literal(true),
  changed: z.boolean(),
  restorePoint: z.number().int().positive().nullable(),
});
export type RestoreVersionResult = z.infer<typeof restoreVersionResultSchema>;
