import { z } from 'zod';
import { ruleIds, severities } from '../check/types.ts';
import { blockKinds } from '../editor/blockKinds.ts';
import { lessonTypes } from './template.ts';

/** One finding of the 导学案体检 (contract.md, "Health check"). */
export const findingSchema = z.object({
  rule: z.enum(ruleIds),
  severity: z.enum(severities),
  /** The block the finding is about; null for the whole guide (header, balance, similar guides). */
  blockId: z.string().nullable(),
  /** One line in Chinese: the reason and how to fix it. */
  message: z.string(),
  /** What the message is made of, so that a screen in another language words it itself (shared/check/messages.ts). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type CheckFinding = z.infer<typeof findingSchema>;

/** GET /api/guides/:id/check and GET /api/copies/:id/check. */
export const checkResultSchema = z.object({ findings: z.array(findingSchema) });
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The 409 `check_failed` answer of 定稿 carries the findings that stand in the way (and all others). */
export const checkFailedDetailsSchema = z.object({ findings: z.array(findingSchema) });

/** 定稿 despite error findings: the leader's reason, kept with the version. */
export const finaliseOverrideSchema = z.object({
  reason: z.string().trim().min(2, '请写明理由').max(500, '理由不能超过 500 字'),
});
export type FinaliseOverride = z.infer<typeof finaliseOverrideSchema>;

/** The four fields the contract names, in the order it names them, then the message's params. */
export function toContractFinding(finding: CheckFinding): CheckFinding {
  return { rule: finding.rule, severity: finding.severity, blockId: finding.blockId, message: finding.message, ...(finding.params ? { params: finding.params } : {}) };
}

const gradeSchema = z.number().int().min(1).max(12);
const blockKindList = z.array(z.enum(blockKinds));

/**
 * A school's 体检 settings as stored and sent: every part optional (what is left out keeps the
 * default of shared/check/settings.ts).
 */
export const checkSettingsBodySchema = z
  .object({
    lessonLengths: z
      .array(z.object({ fromGrade: gradeSchema, toGrade: gradeSchema, minutes: z.number().int().min(20).max(90) }))
      .min(1)
      .max(12),
    model: z.object({
      teacherMaxMinutes: z.number().int().min(0).max(90).nullable(),
      practiceMinMinutes: z.number().int().min(0).max(90).nullable(),
      practiceKinds: blockKindList,
    }),
    objectives: z
      .object({ min: z.number().int().min(0).max(10), max: z.number().int().min(1).max(20) })
      .refine((range) => range.min <= range.max, '最少条数不能多于最多条数'),
    tiering: z.object({ required: z.boolean(), marks: z.array(z.string().trim().min(1).max(10)).max(20) }),
    requiredBlocks: z.partialRecord(z.enum(lessonTypes), blockKindList),
    rules: z.partialRecord(z.enum(ruleIds), z.object({ enabled: z.boolean().optional(), severity: z.enum(severities).optional() })),
  })
  .partial();
export type CheckSettingsBody = z.infer<typeof checkSettingsBodySchema>;

/** GET and PUT /api/groups/:id/check-settings: the settings in force for the group's school, defaults filled in. */
export const checkSettingsSchema = z.object({
  lessonLengths: z.array(z.object({ fromGrade: z.number(), toGrade: z.number(), minutes: z.number() })),
  model: z.object({ teacherMaxMinutes: z.number().nullable(), practiceMinMinutes: z.number().nullable(), practiceKinds: blockKindList }),
  objectives: z.object({ min: z.number(), max: z.number() }),
  tiering: z.object({ required: z.boolean(), marks: z.array(z.string()) }),
  requiredBlocks: z.record(z.enum(lessonTypes), blockKindList),
  rules: z.partialRecord(z.enum(ruleIds), z.object({ enabled: z.boolean().optional(), severity: z.enum(severities).optional() })),
});
