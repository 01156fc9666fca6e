import { z } from 'zod';
import { blockKinds } from '../editor/blockKinds.ts';

/** A block of a saved version, as the 从其他导学案复制 dialog lists it. */
export const versionBlockSchema = z.object({
  id: z.string(),
  kind: z.enum(blockKinds),
  title: z.string(),
  /** The block as ProseMirror JSON, for the preview. */
  content: z.record(z.string(), z.unknown()),
});
export type VersionBlock = z.infer<typeof versionBlockSchema>;

/** GET /api/guides/:id/versions/:number/blocks: the blocks of a saved version the user may read. */
export const versionBlocksSchema = z.object({
  guideId: z.string(),
  title: z.string(),
  versionNumber: z.number(),
  versionLabel: z.string(),
  groupName: z.string(),
  term: z.string(),
  blocks: z.array(versionBlockSchema),
});
export type VersionBlocks = z.infer<typeof versionBlocksSchema>;

/** The guide or class copy a block is copied into. */
export const reuseTargetSchema = z.object({
  kind: z.enum(['guide', 'copy']),
  id: z.string().min(1).max(64),
});
export type ReuseTarget = z.infer<typeof reuseTargetSchema>;

/** POST /api/block-reuses: copy blocks of a saved version into the guide or class copy being edited. */
export const blockReuseBodySchema = z.object({
  target: reuseTargetSchema,
  fromGuideId: z.string().min(1).max(64),
  fromVersion: z.number().int().min(1),
  /** The blocks to copy, in the order they go in. */
  blockIds: z.array(z.string().min(1).max(64)).min(1).max(50),
});
export type BlockReuseBody = z.infer<typeof blockReuseBodySchema>;

/** The copied blocks, with new ids and their credit (`origin`), ready to insert. */
export const blockReuseResponseSchema = z.object({
  blocks: z.array(z.record(z.string(), z.unknown())),
});
export type BlockReuseResponse = z.infer<typeof blockReuseResponseSchema>;

/** In a source guide's `derived` list: the blocks another guide or class copy took from it. */
export const reusedBlockSchema = z.object({ kind: z.enum(blockKinds), title: z.string() });
export type ReusedBlock = z.infer<typeof reusedBlockSchema>;

/** The path of GET /api/guides/:id/versions/:number/blocks. */
export const versionBlocksParamsSchema = z.object({
  id: z.string().min(1).max(64),
  number: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a version number is a whole number from 1')
    .transform(Number),
});
