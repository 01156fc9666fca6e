import { z } from 'zod';

/**
 * The result of `diff(a, b)` (shared/diff/diff.ts) and of GET /api/diff: plain data the client
 * renders inline (insertions green, deletions struck red) or side by side.
 */

/** A formula, a figure or a fill-in blank: compared whole, shown as itself (KaTeX, the picture). */
export const diffAtomSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['inlineMath', 'blockMath']), latex: z.string() }),
  z.object({ type: z.literal('image'), src: z.string(), alt: z.string() }),
  z.object({ type: z.literal('blank'), answer: z.string() }),
]);
export type DiffAtom = z.infer<typeof diffAtomSchema>;

/** Who made a change, for the diff to show with their name and colour. */
export const diffAuthorSchema = z.object({ id: z.string(), name: z.string(), color: z.string() });
export type DiffAuthor = z.infer<typeof diffAuthorSchema>;

/**
 * A run of text that is in both documents (`equal`), only in b (`insert`) or only in a
 * (`delete`). A part with `atom` is one formula, figure or blank; its text is U+FFFC.
 * `authors`: who inserted (or deleted) it, when the update log tells (GET /api/diff only).
 */
export const diffPartSchema = z.object({
  kind: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  atom: diffAtomSchema.optional(),
  authors: z.array(z.string()).optional(),
});
export type DiffPart = z.infer<typeof diffPartSchema>;

/** The attributes compared as fields rather than as text. */
export const diffFields = ['kind', 'title', 'minutes', 'audience', 'groupRoles', 'tier', 'answer'] as const;
export type DiffField = (typeof diffFields)[number];

const fieldValueSchema = z.union([z.string(), z.number(), z.null()]);

/** A changed field of a block, or of one of its questions (tier, answer). */
export const fieldChangeSchema = z.object({
  field: z.enum(diffFields),
  from: fieldValueSchema,
  to: fieldValueSchema,
  /** For question fields: the question's stable id (null when it has none) and its number in the block (1-based). */
  questionId: z.string().nullable().optional(),
  questionNumber: z.number().int().min(1).optional(),
  /** For text fields (answer): the word-level changes. */
  parts: z.array(diffPartSchema).optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const blockStatuses = ['unchanged', 'modified', 'inserted', 'deleted'] as const;
export type BlockStatus = (typeof blockStatuses)[number];

/**
 * One block of either document, aligned by its stable id. Blocks come in the order of b, with
 * each deleted block placed after the block it followed in a.
 */
export const blockDiffSchema = z.object({
  id: z.string(),
  /** The block's node type (objectives, selfStudy, ..., section). */
  type: z.string(),
  /** The block's label (its title in b, or in a when it was deleted). */
  title: z.string(),
  status: z.enum(blockStatuses),
  /** The block changed place relative to the other blocks. */
  moved: z.boolean(),
  fromIndex: z.number().int().nullable(),
  toIndex: z.number().int().nullable(),
  /** The block's text, word by word; paragraphs are separated by "\n". */
  parts: z.array(diffPartSchema),
  fields: z.array(fieldChangeSchema),
  wordsInserted: z.number().int(),
  wordsDeleted: z.number().int(),
});
export type BlockDiff = z.infer<typeof blockDiffSchema>;

export const diffStatsSchema = z.object({
  blocksChanged: z.number().int(),
  wordsInserted: z.number().int(),
  wordsDeleted: z.number().int(),
});
export type DiffStats = z.infer<typeof diffStatsSchema>;

/** GET /api/diff?from=&to= and `diff(a, b)`. */
export const documentDiffSchema = z.object({
  blocks: z.array(blockDiffSchema),
  stats: diffStatsSchema,
  /** The teachers named by the parts' `authors`, by id (GET /api/diff only). */
  authors: z.record(z.string(), diffAuthorSchema).optional(),
});
export type DocumentDiff = z.infer<typeof documentDiffSchema>;
