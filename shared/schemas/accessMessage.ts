import { z } from 'zod';
import { accessLevels } from '../workflow/access.ts';
import { stages } from '../workflow/stages.ts';

/**
 * The stateless message the server sends on the WebSocket when a connection's access is
 * set or changes (e.g. the leader ended the review: members become read-only at once).
 */
export const accessMessageSchema = z.object({
  type: z.literal('access'),
  access: z.enum(accessLevels),
  /** A stable reason code: `granted`, `stage-changed`, `read-only`. */
  reason: z.string(),
  stage: z.enum(stages).optional(),
  /** A sentence the client may show as is (zh-CN). */
  message: z.string().optional(),
});
export type AccessMessage = z.infer<typeof accessMessageSchema>;
