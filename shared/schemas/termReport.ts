import { z } from 'zod';
import { termSchema } from './admin.ts';

/**
 * The 教务处's term report (substance, not 留痕): per teacher, guides led against the quota of
 * their subject, finals on time or late, review meetings attended and minutes present,
 * suggestions made and accepted, comment threads, class copies and 教后反思; per group,
 * meetings held, finals on time and overdue lessons.
 */

/** Guides a teacher leads (主备) per term, by subject (domain.md); other subjects 4. */
export const guideQuotas: Record<string, number> = { 语文: 8, 数学: 10, 英语: 8 };
export const defaultGuideQuota = 4;

/** The quota of a subject. */
export function guideQuotaOf(subject: string | null): number {
  return (subject && guideQuotas[subject]) || defaultGuideQuota;
}

export const teacherReportRowSchema = z.object({
  teacher: z.object({ id: z.string(), name: z.string() }),
  subject: z.string().nullable(),
  quota: z.number(),
  guidesLed: z.number(),
  finalsOnTime: z.number(),
  finalsLate: z.number(),
  /** Led guides past their due date without a final. */
  overdue: z.number(),
  meetingsAttended: z.number(),
  minutesPresent: z.number(),
  suggestionsMade: z.number(),
  suggestionsAccepted: z.number(),
  commentThreads: z.number(),
  classCopies: z.number(),
  reflections: z.number(),
});
export type TeacherReportRow = z.infer<typeof teacherReportRowSchema>;

export const groupReportRowSchema = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
  guides: z.number(),
  meetingsHeld: z.number(),
  finalsOnTime: z.number(),
  finalsLate: z.number(),
  overdueLessons: z.number(),
});
export type GroupReportRow = z.infer<typeof groupReportRowSchema>;

/** A 定稿 made although the 体检 found an error, with the leader's reason. */
export const checkOverrideRowSchema = z.object({
  guide: z.object({ id: z.string(), title: z.string() }),
  group: z.object({ id: z.string(), name: z.string() }),
  versionLabel: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type CheckOverrideRow = z.infer<typeof checkOverrideRowSchema>;

export const termReportSchema = z.object({
  term: termSchema,
  reflectionTarget: z.number(),
  teachers: z.array(teacherReportRowSchema),
  groups: z.array(groupReportRowSchema),
  checkOverrides: z.array(checkOverrideRowSchema),
});
export type TermReport = z.infer<typeof termReportSchema>;

/** GET /api/groups/:id/plan and /report: which term (学期); without one, the term of today (else the latest). */
export const termQuerySchema = z.object({ term: z.string().min(1).max(64).optional() });

/**
 * GET /api/groups/:id/report: the group's part of the term report. Its leader (and the 教务处)
 * sees the group and every member's line (`scope: group`); a member sees their own line (`self`).
 */
export const groupTermReportSchema = termReportSchema.extend({ scope: z.enum(['group', 'self']) });
export type GroupTermReport = z.infer<typeof groupTermReportSchema>;
