import { z } from 'zod';

/** Every error the API returns: a stable code, a readable sentence and, for bad input, the field path. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
