import { z } from 'zod';

/** What a suggestion proposes (see OpenSuggestionKind in shared/suggestions/listSuggestions.ts). */
export const openSuggestionKinds = ['insert', 'delete', 'replace', 'move', 'attrs'] as const;

/** An open suggestion as GET /api/guides/:id/suggestions lists it. */
export const suggestionSchema = z.object({
  id: z.string(),
  kind: z.enum(openSuggestionKinds),
  /** User id of the teacher who suggested it, and the name to show. */
  author: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string().nullable(),
  text: z.string(),
  /** The node a structural suggestion is about (question, blockMath, image, a block kind...), or null for text. */
  node: z.string().nullable(),
  blockId: z.string().nullable(),
  blockTitle: z.string().nullable(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** POST /api/guides/:id/suggestions/accept-all and /reject-all: everyone's, or one author's. */
export const decideAllBodySchema = z.object({ author: z.string().min(1).max(64).optional() });
export type DecideAllBody = z.infer<typeof decideAllBodySchema>;

export const decideAllResultSchema = z.object({ ok: z.literal(true), count: z.number() });
export type DecideAllResult = z.infer<typeof decideAllResultSchema>;
