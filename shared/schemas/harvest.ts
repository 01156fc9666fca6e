import { z } from 'zod';
import { personSchema } from './guide.ts';

/**
 * POST /api/guides/:id/harvest: the leader, revising the guide, takes a block (or one
 * paragraph of it: the block's child at `paragraphIndex`) from a class copy into the guide.
 */
export const harvestBodySchema = z.object({
  copyId: z.string().min(1),
  blockId: z.string().min(1),
  paragraphIndex: z.number().int().min(0).optional(),
});
export type HarvestBody = z.infer<typeof harvestBodySchema>;

/** A harvest, crediting the copy's teacher; `version` is the final it went into (null until the next final). */
export const harvestSchema = z.object({
  id: z.string(),
  guideId: z.string(),
  copyId: z.string(),
  className: z.string(),
  author: personSchema,
  harvestedBy: personSchema,
  blockId: z.string(),
  blockTitle: z.string(),
  paragraphIndex: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.object({ number: z.number().int(), label: z.string() }).nullable(),
});
export type Harvest = z.infer<typeof harvestSchema>;

/** The note of a final version: whose class copies it took what from (null version = the next final). */
export const versionNoteSchema = z.object({
  version: z.object({ number: z.number().int(), label: z.string() }).nullable(),
  note: z.string(),
});
export type VersionNote = z.infer<typeof versionNoteSchema>;

/** GET /api/guides/:id/harvests. */
export const guideHarvestsSchema = z.object({
  harvests: z.array(harvestSchema),
  versionNotes: z.array(versionNoteSchema),
});
export type GuideHarvests = z.infer<typeof guideHarvestsSchema>;
