import { z } from 'zod';
import { ruleIds, severities } from '../check/types.ts';

/** One finding of the 导学案体检 (contract.md, "Health check"). */
export const findingSchema = z.object({
  rule: z.enum(ruleIds),
  severity: z.enum(severities),
  /** The block the finding is about; null for the whole guide (header, balance, similar guides). */
  blockId: z.string().nullable(),
  /** One line in Chinese: the reason and how to fix it. */
  message: z.string(),
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

/** Only the four fields the contract names, in the order it names them. */
export function toContractFinding(finding: CheckFinding): CheckFinding {
  return { rule: finding.rule, severity: finding.severity, blockId: finding.blockId, message: finding.message };
}
