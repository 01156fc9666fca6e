import { z } from 'zod';
import { stages } from '../workflow/stages.ts';
import { lessonTypes } from './template.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** POST /api/guides: the group leader assigns a lesson to a lead drafter (主备教师). */
export const createGuideBodySchema = z.object({
  title: z.string().trim().min(1, '课题不能为空').max(100),
  templateId: z.string().min(1),
  groupId: z.string().min(1),
  leadDrafterId: z.string().min(1),
  dueDate: isoDate.optional(),
  /** 课时, e.g. 第1课时. */
  period: z.string().trim().max(20).optional(),
  /** 教材单元, e.g. 第十九章 一次函数. */
  unit: z.string().trim().max(100).optional(),
});
export type CreateGuideBody = z.infer<typeof createGuideBodySchema>;

export const personSchema = z.object({ id: z.string(), name: z.string() });

/** A guide as the API presents it. */
export const guideSchema = z.object({
  id: z.string(),
  title: z.string(),
  stage: z.enum(stages),
  docName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  subject: z.string(),
  grade: z.number(),
  lessonType: z.enum(lessonTypes),
  period: z.string().nullable(),
  unit: z.string().nullable(),
  periodMinutes: z.number(),
  templateId: z.string(),
  dueDate: z.string().nullable(),
  leadDrafter: personSchema,
  reviewer: personSchema.nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(
    z.object({ number: z.number(), label: z.string(), author: personSchema, createdAt: z.string() }),
  ),
  copies: z.array(z.object({ id: z.string(), docName: z.string(), classId: z.string(), baseVersion: z.number() })),
});
export type Guide = z.infer<typeof guideSchema>;

/** One row of "我的导学案". */
export const guideSummarySchema = guideSchema.pick({
  id: true,
  title: true,
  stage: true,
  docName: true,
  groupName: true,
  subject: true,
  grade: true,
  lessonType: true,
  period: true,
  dueDate: true,
  leadDrafter: true,
  updatedAt: true,
});
export type GuideSummary = z.infer<typeof guideSummarySchema>;
