import { z } from 'zod';
import { stages } from '../workflow/stages.ts';
import { diffStatsSchema, documentDiffSchema } from './diff.ts';
import { personSchema } from './guide.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const versionRefSchema = z.object({ number: z.number().int(), label: z.string() });

/**
 * GET /api/copies/:id/status: where a class copy stands in its life: the final it is based
 * on and whether a later one exists (定稿已更新), whether the class was taught (已上课) and
 * whether its 教后反思 is written.
 */
export const copyStatusSchema = z.object({
  copyId: z.string(),
  guideId: z.string(),
  guideStage: z.enum(stages),
  base: versionRefSchema,
  /** The newest final of the guide (the same as base when the copy is up to date). */
  latestFinal: versionRefSchema,
  /** A later final exists: the copy can take its changes in (合并更新). */
  behind: z.boolean(),
  taughtOn: isoDate.nullable(),
  reflectionBlockId: z.string().nullable(),
  reflectionWritten: z.boolean(),
  pulledAt: z.string().nullable(),
});
export type CopyStatus = z.infer<typeof copyStatusSchema>;

/** POST /api/copies/:id/taught: 已上课, on this date. */
export const taughtBodySchema = z.object({
  date: isoDate.refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date'),
});
export type TaughtBody = z.infer<typeof taughtBodySchema>;

/** GET /api/copies/:id/incoming: what the group changed between the copy's base final and the latest one. */
export const incomingChangesSchema = z.object({
  base: versionRefSchema,
  latestFinal: versionRefSchema,
  behind: z.boolean(),
  diff: documentDiffSchema,
});
export type IncomingChanges = z.infer<typeof incomingChangesSchema>;

/** One row of GET /api/guides/:id/classes: a class copy against the final it was made from (按班查看). */
export const classCopyRowSchema = z.object({
  copyId: z.string(),
  classId: z.string(),
  className: z.string(),
  teacher: personSchema,
  baseVersion: z.number().int(),
  baseVersionLabel: z.string(),
  /** A later final exists that this copy has not merged yet. */
  behind: z.boolean(),
  stats: diffStatsSchema,
  taughtOn: isoDate.nullable(),
  reflectionWritten: z.boolean(),
});
export type ClassCopyRow = z.infer<typeof classCopyRowSchema>;
export const classCopyRowsSchema = z.array(classCopyRowSchema);
