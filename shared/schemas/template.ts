import { z } from 'zod';
import { audiences, blockKinds } from '../editor/blockKinds.ts';

export const lessonTypes = ['新授课', '复习课', '讲评课', '实验课', '活动课'] as const;
export const subjects = ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '道德与法治', '科学', '通用'] as const;

/** Starter content a template may put in a block: ProseMirror JSON nodes, checked against the schema on use. */
const starterNodeSchema: z.ZodType<{ type: string; attrs?: Record<string, unknown>; content?: unknown[]; text?: string }> =
  z.lazy(() =>
    z.object({
      type: z.string().min(1),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(starterNodeSchema).optional(),
      text: z.string().optional(),
      marks: z.array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    }),
  );

export const templateBlockSchema = z.object({
  kind: z.enum(blockKinds),
  title: z.string().trim().min(1).max(30),
  minutes: z.number().int().min(0).max(45).nullable(),
  audience: z.enum(audiences).default('all'),
  /** What belongs in the block, shown to the teacher while the block is empty. */
  hint: z.string().trim().min(4).max(200),
  content: z.array(starterNodeSchema).optional(),
});

/** A guide template (templates/*.json). The server refuses to start if one fails this schema. */
export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens only'),
    name: z.string().trim().min(2).max(40),
    description: z.string().trim().max(200).default(''),
    subject: z.enum(subjects),
    lessonType: z.enum(lessonTypes),
    periodMinutes: z.union([z.literal(40), z.literal(45)]),
    blocks: z.array(templateBlockSchema).min(3),
  })
  .superRefine((template, context) => {
    const total = template.blocks.reduce((sum, block) => sum + (block.minutes ?? 0), 0);
    if (total > template.periodMinutes) {
      context.addIssue({
        code: 'custom',
        path: ['blocks'],
        message: `blocks add up to ${total} minutes, more than the ${template.periodMinutes}-minute lesson`,
      });
    }
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateBlock = z.infer<typeof templateBlockSchema>;

/** What GET /api/templates lists. */
export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  subject: z.string(),
  lessonType: z.string(),
  periodMinutes: z.number(),
  blockTitles: z.array(z.string()),
  /** Each block's kind, in the order of blockTitles (the English UI names blocks by kind). */
  blockKinds: z.array(z.enum(blockKinds)),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
