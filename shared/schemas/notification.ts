import { z } from 'zod';

/**
 * What a teacher is told about: a lesson assigned to them (with its due date), a draft due
 * tomorrow or overdue, a draft submitted for review, a review meeting started, a reply to their
 * comment, an @mention, their suggestion accepted or rejected, a new final for their class copy.
 */
export const notificationKinds = ['assigned', 'due', 'submitted', 'meeting', 'reply', 'mention', 'suggestion', 'final'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The names a notification's sentence is made of, so the client can say it in its language. */
export const notificationParamsSchema = z.object({
  actor: z.string().optional(),
  title: z.string().optional(),
  dueDate: z.string().optional(),
  /** due: tomorrow or overdue; suggestion: accepted or rejected. */
  state: z.string().optional(),
  version: z.string().optional(),
  text: z.string().optional(),
});
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  guideId: z.string().nullable().optional(),
  /** Where it opens in the app (a path), if anywhere. */
  link: z.string().nullable(),
  /** The sentence in Chinese, as the server says it. */
  text: z.string(),
  params: notificationParamsSchema,
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** POST /api/notifications/read: these, or all when `ids` is left out. */
export const markReadBodySchema = z.object({ ids: z.array(z.string().min(1).max(64)).max(500).optional() });
export type MarkReadBody = z.infer<typeof markReadBodySchema>;

export const markReadResultSchema = z.object({ ok: z.literal(true), count: z.number() });

/** GET|PUT /api/notifications/settings: the kinds the teacher does not want. */
export const notificationSettingsSchema = z.object({ muted: z.array(z.enum(notificationKinds)).max(notificationKinds.length) });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** The stateless message that brings a new notification to its teacher's open editors at once. */
export const notificationMessageSchema = z.object({ type: z.literal('notification'), notification: notificationSchema });
export type NotificationMessage = z.infer<typeof notificationMessageSchema>;
