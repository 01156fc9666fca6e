import { z } from 'zod';
import { audiences, blockKinds } from '../editor/blockKinds.ts';
import { guideHeaderSchema } from './guideHeader.ts';
import { singleLineText } from './plainText.ts';

/** What a block of the preview is for: everyone, the teacher only, or the answers to the items above it. */
export const importBlockRoles = ['student', 'teacher', 'answers'] as const;
export type ImportBlockRole = (typeof importBlockRoles)[number];

/** A new block starting at a line of a block read (拆分): the block's `at`-th part (from 1) and what follows go to it. */
export const importBlockSplitSchema = z.object({
  at: z.number().int().min(1),
  title: singleLineText().min(1, '请填写新模块的标题').max(50, '模块标题不能超过 50 个字'),
  kind: z.enum(blockKinds),
});
export type ImportBlockSplit = z.infer<typeof importBlockSplitSchema>;

/** The teacher's correction of one block of the preview, in the preview's order. */
export const importBlockChoiceSchema = z.object({
  kind: z.enum(blockKinds),
  role: z.enum(importBlockRoles),
  /** 并入上一模块: the block's content goes to the end of the block before it. */
  merge: z.boolean().optional(),
  /** 拆分: the block is cut before these parts, each starting a block of its own, in order. */
  splits: z.array(importBlockSplitSchema).max(50).optional(),
});
export type ImportBlockChoice = z.infer<typeof importBlockChoiceSchema>;

/** A form field holding one JSON text, parsed and then checked by `schema`; `what` names it in the error. */
function jsonFormField<Schema extends z.ZodType>(schema: Schema, what: string) {
  return z
    .string()
    .optional()
    .transform((value, context): unknown => {
      if (!value) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: `${what}不是有效的 JSON` });
        return z.NEVER;
      }
    })
    .pipe(schema.optional());
}

/** The choices travel in the multipart form as one JSON text. */
const blockChoicesField = jsonFormField(z.array(importBlockChoiceSchema).max(500, '模块太多'), '模块设置');

/** The header fields as the teacher corrected them in the preview, as one JSON text. */
const headerField = jsonFormField(guideHeaderSchema, '表头');

/** The text fields of POST /api/import/docx and /api/import/docx/preview (multipart, next to `file`). */
export const importFormSchema = z.object({
  groupId: z.string().trim().min(1, '请选择备课组'),
  title: singleLineText()
    .max(100, '课题不能超过 100 个字')
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** The 主备教师 of the new guide; the importer when missing. */
  leadDrafterId: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** The kind and role of each block as the teacher set them in the preview; as read when missing. */
  blocks: blockChoicesField,
  period: singleLineText()
    .max(20, '课时不能超过 20 个字')
    .optional()
    .transform((value) => (value ? value : undefined)),
  unit: singleLineText()
    .max(100, '单元不能超过 100 个字')
    .optional()
    .transform((value) => (value ? value : undefined)),
  /** The header's other fields (主备人, 审核人, 学科 …) as the teacher set them in the preview; as read when missing. */
  header: headerField,
  /** Import into this lesson (a guide already assigned) instead of creating a new guide. */
  guideId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type ImportForm = z.infer<typeof importFormSchema>;

/** One block the importer found, as the preview lists it. */
export const importedBlockSchema = z.object({
  kind: z.enum(blockKinds),
  title: z.string(),
  minutes: z.number().nullable(),
  audience: z.enum(audiences),
  /** False: the label is not in the dictionary, so the block stays a generic section. */
  mapped: z.boolean(),
  /** The line the block was recognised from (二、自主学习（约10分钟）), null for loose content. */
  sourceLabel: z.string().nullable(),
  questionCount: z.number().int(),
  tiers: z.array(z.string()),
  excerpt: z.string(),
});
export type ImportedBlock = z.infer<typeof importedBlockSchema>;

/** POST /api/import/docx/preview: what the guide would look like, nothing created. */
export const importPreviewSchema = z.object({
  title: z.string(),
  unit: z.string().nullable(),
  period: z.string().nullable(),
  lessonType: z.string().nullable(),
  /** The header's other fields the file gives (主备人, 审核人, 学科, 年级 …). */
  header: guideHeaderSchema,
  /** The template the guide would be created from (lesson type and period length). */
  templateId: z.string(),
  blocks: z.array(importedBlockSchema),
  warnings: z.array(z.string()),
  /** The ProseMirror JSON the guide would start with. */
  content: z.object({ type: z.literal('doc') }).passthrough(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
