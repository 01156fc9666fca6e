import { z } from 'zod';
import { singleLineText } from './plainText.ts';

/**
 * The school's own administration (教务处, role `admin`): first start, teachers, the roster
 * import, subject groups, classes, terms and the audit log. Bodies the server parses and
 * answers the client parses, one definition each (contract.md, "School administration").
 */

export const schoolRoles = ['admin'] as const;
export const schoolRoleSchema = z.enum(schoolRoles);

/** 工号 or a chosen login name: letters, digits, dot, underscore and hyphen. */
export const usernameSchema = z
  .string()
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名最多 32 个字符')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '用户名只能包含字母、数字、点、下划线和连字符，且以字母或数字开头')
  .transform((username) => username.toLowerCase());

export const personNameSchema = singleLineText().pipe(z.string().min(1, '请填写姓名').max(32, '姓名最多 32 个字符'));

export const minPasswordLength = 8;
export const passwordSchema = z
  .string()
  .min(minPasswordLength, `密码至少 ${minPasswordLength} 位`)
  .max(128, '密码最多 128 位');

export const subjectSchema = singleLineText().pipe(z.string().min(1, '请填写学科').max(16, '学科最多 16 个字符'));
/** 一年级 … 高三 as 1 … 12. */
export const gradeSchema = z.number().int('年级应为 1 到 12 的整数').min(1, '年级应为 1 到 12').max(12, '年级应为 1 到 12');
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').refine((text) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}, '不是有效的日期');

// --- first start -------------------------------------------------------------------------

export const setupStatusSchema = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const setupBodySchema = z.object({
  schoolName: singleLineText().pipe(z.string().min(1, '请填写学校名称').max(64, '学校名称最多 64 个字符')),
  admin: z.object({ username: usernameSchema, name: personNameSchema, password: passwordSchema }),
});
export type SetupBody = z.input<typeof setupBodySchema>;

export const setupResultSchema = z.object({
  school: z.object({ id: z.string(), name: z.string() }),
  admin: z.object({ id: z.string(), username: z.string(), name: z.string() }),
});
export type SetupResult = z.infer<typeof setupResultSchema>;

// --- teachers ----------------------------------------------------------------------------

export const adminUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(schoolRoleSchema),
  phone: z.string().nullable(),
  subjects: z.array(z.string()),
  grades: z.array(z.number()),
  /** 任教班级 as the roster named them. */
  classNames: z.array(z.string()),
  groups: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['leader', 'member']) })),
  classes: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const createUserBodySchema = z.object({
  username: usernameSchema,
  name: personNameSchema,
  password: passwordSchema,
  subjects: z.array(subjectSchema).max(6, '最多 6 个学科').optional(),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    active: z.boolean().optional(),
    /** true: the server makes a new initial password; a string: that one. Either must be changed at the next login. */
    resetPassword: z.union([z.literal(true), passwordSchema]).optional(),
    name: personNameSchema.optional(),
    roles: z.array(schoolRoleSchema).max(schoolRoles.length).optional(),
  })
  .strict();
export type UpdateUserBody = z.input<typeof updateUserBodySchema>;

/** A teacher after a change; the new initial password once, when one was reset. */
export const updateUserResultSchema = adminUserSchema.extend({ initialPassword: z.string().optional() });
export type UpdateUserResult = z.infer<typeof updateUserResultSchema>;

// --- roster import -----------------------------------------------------------------------

/** The roster's columns, as the school's file heads them. */
export const rosterColumns = ['姓名', '工号/用户名', '手机', '学科', '年级', '任教班级'] as const;
export type RosterColumn = (typeof rosterColumns)[number];

export const rosterRowErrorSchema = z.object({ column: z.string().nullable(), message: z.string() });

export const rosterRowSchema = z.object({
  /** The line of the file (the header is line 1). */
  line: z.number(),
  ok: z.boolean(),
  errors: z.array(rosterRowErrorSchema),
  name: z.string(),
  username: z.string(),
  phone: z.string().nullable(),
  subjects: z.array(z.string()),
  grades: z.array(z.number()),
  classNames: z.array(z.string()),
});
export type RosterRow = z.infer<typeof rosterRowSchema>;

export const rosterImportResultSchema = z.object({
  rows: z.array(rosterRowSchema),
  /** Whether the teachers were written (`?commit=1` and every row fine). */
  committed: z.boolean(),
  /** After a commit: each new teacher's initial password, to hand out once; changed at the first login. */
  created: z.array(z.object({ id: z.string(), username: z.string(), name: z.string(), initialPassword: z.string() })),
});
export type RosterImportResult = z.infer<typeof rosterImportResultSchema>;

// --- subject groups, classes, terms --------------------------------------------------------

const groupNameSchema = singleLineText().pipe(z.string().min(1, '请填写备课组名称').max(48, '名称最多 48 个字符'));

export const createGroupBodySchema = z.object({
  name: groupNameSchema,
  subject: subjectSchema,
  grade: gradeSchema,
  leaderId: z.string().min(1, '请选择备课组长'),
  memberIds: z.array(z.string().min(1)).max(200).default([]),
});
export type CreateGroupBody = z.input<typeof createGroupBodySchema>;

export const updateGroupBodySchema = z
  .object({
    name: groupNameSchema.optional(),
    leaderId: z.string().min(1).optional(),
    memberIds: z.array(z.string().min(1)).max(200).optional(),
  })
  .strict();
export type UpdateGroupBody = z.input<typeof updateGroupBodySchema>;

export const adminGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  grade: z.number(),
  leader: z.object({ id: z.string(), name: z.string() }).nullable(),
  members: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['leader', 'member']) })),
});
export type AdminGroup = z.infer<typeof adminGroupSchema>;

export const createClassBodySchema = z.object({
  name: singleLineText().pipe(z.string().min(1, '请填写班级名称').max(32, '班级名称最多 32 个字符')),
  grade: gradeSchema,
  groupId: z.string().min(1, '请选择备课组'),
  teacherId: z.string().min(1).nullable().optional(),
});
export type CreateClassBody = z.input<typeof createClassBodySchema>;

export const adminClassSchema = z.object({
  id: z.string(),
  name: z.string(),
  grade: z.number().nullable(),
  groupId: z.string(),
  groupName: z.string(),
  teachers: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type AdminClass = z.infer<typeof adminClassSchema>;

export const createTermBodySchema = z
  .object({
    name: singleLineText().pipe(z.string().min(1, '请填写学期名称').max(48, '学期名称最多 48 个字符')),
    startDate: dateSchema,
    endDate: dateSchema,
  })
  .refine((term) => term.endDate >= term.startDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });
export type CreateTermBody = z.input<typeof createTermBodySchema>;

export const termSchema = z.object({ id: z.string(), name: z.string(), startDate: z.string(), endDate: z.string() });
export type Term = z.infer<typeof termSchema>;

// --- audit log -----------------------------------------------------------------------------

export const auditEntrySchema = z.object({
  id: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  targetId: z.string().nullable(),
  summary: z.string(),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

// --- every teacher ---------------------------------------------------------------------------

export const changePasswordBodySchema = z.object({
  current: z.string().min(1, '请输入当前密码').max(256),
  next: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;
