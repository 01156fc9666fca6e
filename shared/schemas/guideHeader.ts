import { z } from 'zod';
import { singleLineText } from './plainText.ts';

/**
 * The fields a guide's printed header (表头) holds besides the guide's own 课题, 课型, 课时 and
 * 单元: who drafted and reviewed it as the header names them (主备人, 审核人, which may be a
 * group such as 高一化学组), 授课时间, 学科 and 年级 as the file prints them, and the school's
 * other fields (编写时间, 审批人, 总课时数, 教具, 执教). Read from a teacher's Word file on
 * import, editable in the guide's header, printed and exported.
 */
export const guideHeaderKeys = [
  'leadDrafter',
  'reviewer',
  'teachingDate',
  'subject',
  'grade',
  'writtenAt',
  'approver',
  'totalPeriods',
  'aids',
  'teacher',
] as const;
export type GuideHeaderKey = (typeof guideHeaderKeys)[number];

const headerValue = () => singleLineText().max(100, '表头内容不能超过 100 个字').optional();

export const guideHeaderSchema = z
  .object({
    /** 主备人 as printed. */
    leadDrafter: headerValue(),
    /** 审核人 as printed (a person or a group, 高一化学组). */
    reviewer: headerValue(),
    /** 授课时间. */
    teachingDate: headerValue(),
    /** 学科 as printed (the group's subject otherwise). */
    subject: headerValue(),
    /** 年级 as printed (the group's grade otherwise). */
    grade: headerValue(),
    /** 编写时间 / 备课时间. */
    writtenAt: headerValue(),
    /** 审批人 / 下科行政. */
    approver: headerValue(),
    /** 总课时数. */
    totalPeriods: headerValue(),
    /** 教具. */
    aids: headerValue(),
    /** 执教 / 授课教师. */
    teacher: headerValue(),
  })
  .strict();
export type GuideHeaderFields = z.infer<typeof guideHeaderSchema>;

/** The fields with a value, empty ones left out (an emptied field goes back to its default). */
export function compactGuideHeader(fields: GuideHeaderFields): GuideHeaderFields {
  const kept: GuideHeaderFields = {};
  for (const key of guideHeaderKeys) {
    const value = fields[key]?.trim();
    if (value) kept[key] = value;
  }
  return kept;
}

/** The header column as stored (JSON or null) read back; anything unreadable reads as no fields. */
export function parseStoredGuideHeader(stored: string | null | undefined): GuideHeaderFields {
  if (!stored) return {};
  try {
    const parsed = guideHeaderSchema.safeParse(JSON.parse(stored));
    return parsed.success ? compactGuideHeader(parsed.data) : {};
  } catch {
    return {};
  }
}

/** The header fields as the column stores them: null when none is set. */
export function storedGuideHeader(fields: GuideHeaderFields): string | null {
  const kept = compactGuideHeader(fields);
  return Object.keys(kept).length > 0 ? JSON.stringify(kept) : null;
}

/**
 * PATCH /api/guides/:id/header: the header as the teacher corrects it. The guide's own fields
 * change when given; `fields` replaces the other fields as a whole (a field left out is cleared).
 */
export const guideHeaderBodySchema = z.object({
  title: singleLineText().min(1, '课题不能为空').max(100, '课题不能超过 100 个字').optional(),
  period: singleLineText().max(20, '课时不能超过 20 个字').optional(),
  unit: singleLineText().max(100, '单元不能超过 100 个字').optional(),
  fields: guideHeaderSchema.optional(),
});
export type GuideHeaderBody = z.infer<typeof guideHeaderBodySchema>;
