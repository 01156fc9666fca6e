import { z } from 'zod';

/** POST /api/guides/:id/restore: make the live guide the content of saved version `version`. */
export const restoreVersionBodySchema = z.object({ version: z.number().int().min(1) });
export type RestoreVersionBody = z.infer<typeof restoreVersionBodySchema>;

/** Its answer: whether the live guide changed (restoring the content it already has changes nothing). */
export const restoreVersionResultSchema = z.object({ ok: z.literal(true), changed: z.boolean() });
export type RestoreVersionResult = z.infer<typeof restoreVersionResultSchema>;
