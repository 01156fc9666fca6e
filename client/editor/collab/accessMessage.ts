import { z } from 'zod';

/** The server's stateless word on what this connection may do (design.md: re-authorised live). */
export const accessMessageSchema = z.object({
  type: z.literal('access'),
  access: z.enum(['edit', 'read']),
  reason: z.string().optional(),
});
export type AccessMessage = z.infer<typeof accessMessageSchema>;

/** The access message in a stateless payload, or null for any other message. */
export function parseAccessMessage(payload: string): AccessMessage | null {
  try {
    const parsed = accessMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
