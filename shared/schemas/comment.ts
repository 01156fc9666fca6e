import { z } from 'zod';
import { multiLineText } from './plainText.ts';

const base64 = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64 of Y.encodeRelativePosition');

/** Where a comment sits: the encoded Yjs relative positions of the start and end of its text. */
export const commentAnchorSchema = z.object({ from: base64, to: base64 });

/** POST /api/guides/:id/comments: a new thread on selected text, or a reply (parentId) to one. */
export const createCommentBodySchema = z
  .object({
    anchor: commentAnchorSchema.optional(),
    body: multiLineText().min(1, '批注内容不能为空').max(2000, '批注最多 2000 字'),
    parentId: z.string().min(1).max(64).optional(),
  })
  .refine((body) => body.parentId !== undefined || body.anchor !== undefined, {
    path: ['anchor'],
    message: '新批注需要先选中要批注的文字',
  });
export type CreateCommentBody = z.infer<typeof createCommentBodySchema>;

/** A reply in a thread. */
export const commentReplySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  body: z.string(),
  /** User id, and the name to show. */
  author: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type CommentReply = z.infer<typeof commentReplySchema>;

/** A comment thread as GET /api/guides/:id/comments lists it. */
export const commentThreadSchema = commentReplySchema.extend({
  anchor: commentAnchorSchema.nullable(),
  /** The commented text when the thread was opened. */
  quote: z.string().nullable(),
  /** The commented text now; null when it has been deleted since. */
  anchorText: z.string().nullable(),
  blockId: z.string().nullable(),
  resolved: z.boolean(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  replies: z.array(commentReplySchema),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** The stateless message that tells open editors the comments of their guide changed. */
export const commentsChangedMessageSchema = z.object({ type: z.literal('comments'), guideId: z.string() });
export type CommentsChangedMessage = z.infer<typeof commentsChangedMessageSchema>;
