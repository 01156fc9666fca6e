import { z } from 'zod';
import { stages } from '../workflow/stages.ts';
import { accessLevels } from '../workflow/access.ts';
import { actions } from '../workflow/transitions.ts';
import { guideRoles } from '../workflow/roles.ts';
import { finaliseOverrideSchema } from './check.ts';
import { singleLineText } from './plainText.ts';
import { lessonTypes } from './template.ts';
import { guideHeaderSchema } from './guideHeader.ts';
import { reusedBlockSchema } from './blockReuse.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** POST /api/guides: the group leader assigns a lesson to a lead drafter (主备教师). */
export const createGuideBodySchema = z.object({
  title: singleLineText().min(1, '课题不能为空').max(100),
  templateId: z.string().min(1),
  groupId: z.string().min(1),
  leadDrafterId: z.string().min(1),
  dueDate: isoDate.optional(),
  /** 课时, e.g. 第1课时. */
  period: singleLineText().max(20).optional(),
  /** 教材单元, e.g. 第十九章 一次函数. */
  unit: singleLineText().max(100).optional(),
  /** The school term (学期); by default the one the due date (or today) falls in. */
  termId: z.string().min(1).max(64).optional(),
  /** 从已有导学案新建: start from this guide's content (a guide the creator may read)... */
  fromGuideId: z.string().min(1).max(64).optional(),
  /** ...as it was in this saved version (its latest 定稿 when left out). */
  fromVersion: z.number().int().min(1).optional(),
});
export type CreateGuideBody = z.infer<typeof createGuideBodySchema>;

export const personSchema = z.object({ id: z.string(), name: z.string() });

/** GET /api/groups/:id/members. */
export const groupMemberSchema = personSchema.extend({ role: z.enum(['leader', 'member']) });
export type GroupMember = z.infer<typeof groupMemberSchema>;

/**
 * POST /api/guides/:id/transitions. `override` (定稿 only): finalise although the 体检 has error
 * findings, for the reason given; it is kept with the final version.
 */
export const transitionBodySchema = z.object({
  action: z.enum(actions),
  override: finaliseOverrideSchema.optional(),
  /** 定稿说明 (定稿 only): what changed and why, kept with the final. */
  note: z.string().trim().max(2000, '定稿说明最多 2000 字').optional(),
});
export type TransitionBody = z.infer<typeof transitionBodySchema>;

export const versionSummarySchema = z.object({
  number: z.number(),
  label: z.string(),
  /** draft = 初稿, discussion = 研讨稿, final = 定稿 vN, restorePoint = 恢复前 (what a restore replaced). */
  kind: z.enum(['draft', 'discussion', 'final', 'restorePoint']),
  author: personSchema,
  createdAt: z.string(),
  /** A final made despite error findings of the 体检: the leader's reason. */
  checkOverride: z.string().nullable().optional(),
  /** 定稿说明: what changed in this final and why. */
  note: z.string().nullable().optional(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** A class copy (二次备课) as listed with its guide. */
export const copySummarySchema = z.object({
  id: z.string(),
  docName: z.string(),
  guideId: z.string(),
  classId: z.string(),
  className: z.string(),
  owner: personSchema,
  baseVersion: z.number(),
  createdAt: z.string(),
});
export type CopySummary = z.infer<typeof copySummarySchema>;

/** Where a guide started from (来源): the guide, the version, its group and term. */
export const guideOriginSchema = z.object({
  guideId: z.string(),
  title: z.string(),
  versionNumber: z.number().nullable(),
  versionLabel: z.string().nullable(),
  groupName: z.string(),
  /** e.g. 2025-2026学年第一学期: the source's school term, or the calendar term of its due date (or the day it was made) where the school has no terms. */
  term: z.string(),
});
export type GuideOrigin = z.infer<typeof guideOriginSchema>;

/** A guide started from this one, that the user may read. */
export const derivedGuideSchema = z.object({
  guideId: z.string(),
  title: z.string(),
  groupName: z.string(),
  stage: z.enum(stages),
  versionNumber: z.number().nullable(),
  createdAt: z.string(),
  /**
   * When blocks were copied rather than the whole guide (从其他导学案复制): which ones, e.g.
   * 《…》引用了「互学」. Absent for a guide started from this one.
   */
  reused: z.array(reusedBlockSchema).optional(),
  /** The class copy the blocks were copied into, when it was one. */
  copy: z.object({ id: z.string(), className: z.string() }).nullable().optional(),
});
export type DerivedGuide = z.infer<typeof derivedGuideSchema>;

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
  /** The school term (学期) the guide belongs to; null where the school has no terms. */
  termId: z.string().nullable(),
  /** The lead drafter's account; on a guide `name` is the 主备人 its header prints (the header's own when it names one), in lists the account's name. */
  leadDrafter: personSchema,
  /**
   * Who signed the guide off, or before that the 审核人 the header names (`id` null: a name as
   * printed, e.g. 高一化学组).
   */
  reviewer: z.object({ id: z.string().nullable(), name: z.string() }).nullable(),
  reviewedAt: z.string().nullable(),
  /** The printed header's other fields, as read from a Word file or typed in (表头). */
  header: guideHeaderSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(versionSummarySchema),
  /** The class copies the current user may see. */
  copies: z.array(copySummarySchema),
  /** The newest saved version, if any. */
  latestVersion: versionSummarySchema.pick({ number: true, label: true, kind: true }).nullable(),
  /** The current user's roles for this guide, their access now, and the actions open to them. */
  myRoles: z.array(z.enum(guideRoles)),
  access: z.enum(accessLevels),
  actions: z.array(z.enum(actions)),
  /**
   * Lineage (GET /api/guides/:id): the guide this one started from (null when none, or when
   * the user may not read it), and the guides started from this one that the user may read.
   */
  origin: guideOriginSchema.nullable().optional(),
  derived: z.array(derivedGuideSchema).optional(),
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
  termId: true,
  leadDrafter: true,
  updatedAt: true,
  latestVersion: true,
});
export type GuideSummary = z.infer<typeof guideSummarySchema>;
