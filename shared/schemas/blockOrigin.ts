import { z } from 'zod';

/**
 * The credit a block copied from another guide carries (来源): the guide and saved version it
 * was copied from, with the names it had then (its title, its group, its term), so the credit
 * still reads the same when the source is renamed or the reader may not open it.
 */
export const blockOriginSchema = z.object({
  guideId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  /** The version as saved (初稿, 研讨稿, 定稿 v2). */
  versionLabel: z.string().max(40),
  title: z.string().max(200),
  group: z.string().max(100),
  /** e.g. 2025-2026学年第一学期. */
  term: z.string().max(40),
});
export type BlockOrigin = z.infer<typeof blockOriginSchema>;

/** The credit of a block's `origin` attribute, or null when it has none (or one of another shape). */
export function blockOriginOf(value: unknown): BlockOrigin | null {
  const parsed = blockOriginSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
