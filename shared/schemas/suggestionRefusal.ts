import { z } from 'zod';

/**
 * The stateless message the server sends when it refuses an update from a suggest-only
 * connection: the document is unchanged, and the client drops its unaccepted local change.
 */
export const suggestionRefusalSchema = z.object({
  type: z.literal('suggestion-refused'),
  reason: z.enum(['not-a-suggestion', 'foreign-author', 'unknown-content']),
  message: z.string(),
});
export type SuggestionRefusal = z.infer<typeof suggestionRefusalSchema>;
