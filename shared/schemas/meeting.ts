import { z } from 'zod';
import { openSuggestionKinds } from './suggestion.ts';
import { personSchema } from './guide.ts';
import { multiLineText, singleLineText } from './plainText.ts';

/**
 * A review meeting (研讨会议) on a guide in 集体审稿 and its record, the 集体备课活动记录表
 * the academic office archives: time, place, who attended (from live presence), host,
 * recorder, absentees, topic, what was discussed (the meeting's suggestions and comment
 * threads with their outcome), the division of work and the result.
 */

/** A free-text field of the record: trimmed; an empty string clears it. */
const recordText = (max: number, label: string, lines: 'single' | 'multi') =>
  (lines === 'single' ? singleLineText() : multiLineText())
    .max(max, `${label}不能超过 ${max} 个字`)
    .transform((text) => (text === '' ? null : text))
    .nullable();

/** PATCH /api/guides/:id/meetings/:meetingId: the record's editable fields, each optional. */
export const meetingFieldsBodySchema = z.strictObject({
  location: recordText(100, '地点', 'single').optional(),
  /** A member of the guide's group; null clears it. */
  recorderId: z.string().min(1).max(100).nullable().optional(),
  topic: recordText(200, '主题', 'single').optional(),
  division: recordText(2000, '分工', 'multi').optional(),
  outcome: recordText(2000, '成果', 'multi').optional(),
  absenceNotes: recordText(1000, '缺席原因', 'multi').optional(),
});
export type MeetingFieldsBody = z.infer<typeof meetingFieldsBodySchema>;
/** What a client sends (before trimming). */
export type MeetingFieldsInput = z.input<typeof meetingFieldsBodySchema>;

/** One stretch of a teacher's live presence in the meeting; leftAt null while still there. */
export const presenceStretchSchema = z.object({ joinedAt: z.string(), leftAt: z.string().nullable() });

/** A teacher who had the guide open during the meeting, with their stretches merged. */
export const meetingAttendeeSchema = personSchema.extend({
  firstJoinedAt: z.string(),
  /** Time present within the meeting, overlapping stretches (two tabs) counted once. */
  seconds: z.number(),
  minutes: z.number(),
  stretches: z.array(presenceStretchSchema),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

export const suggestionOutcomes = ['accepted', 'rejected', 'open'] as const;
export const commentOutcomes = ['resolved', 'unresolved'] as const;

/** A suggestion made during the meeting: 已采纳 / 未采纳 / 待处理. */
export const meetingSuggestionItemSchema = z.object({
  type: z.literal('suggestion'),
  id: z.string(),
  kind: z.enum(openSuggestionKinds),
  author: personSchema,
  text: z.string(),
  blockId: z.string().nullable(),
  blockTitle: z.string().nullable(),
  at: z.string(),
  outcome: z.enum(suggestionOutcomes),
});

/** A comment thread opened or answered during the meeting: 已解决 / 未解决, with its replies. */
export const meetingCommentItemSchema = z.object({
  type: z.literal('comment'),
  id: z.string(),
  author: personSchema,
  body: z.string(),
  quote: z.string().nullable(),
  blockId: z.string().nullable(),
  blockTitle: z.string().nullable(),
  at: z.string(),
  outcome: z.enum(commentOutcomes),
  replies: z.array(z.object({ id: z.string(), author: personSchema, body: z.string(), at: z.string() })),
});

export const meetingDiscussionItemSchema = z.discriminatedUnion('type', [meetingSuggestionItemSchema, meetingCommentItemSchema]);
export type MeetingDiscussionItem = z.infer<typeof meetingDiscussionItemSchema>;

export const meetingCountsSchema = z.object({
  suggestions: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  open: z.number(),
  commentThreads: z.number(),
  resolved: z.number(),
});
export type MeetingCounts = z.infer<typeof meetingCountsSchema>;

/** GET /api/guides/:id/meetings (each), and the answer to start, end and PATCH. */
export const meetingSchema = z.object({
  id: z.string(),
  guideId: z.string(),
  active: z.boolean(),
  host: personSchema,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  location: z.string().nullable(),
  recorder: personSchema.nullable(),
  /** The topic as set, or the guide's title when nobody set one. */
  topic: z.string(),
  division: z.string().nullable(),
  /** The result as written, or a default sentence with the suggestion counts. */
  outcome: z.string(),
  /** Whether `outcome` is the default sentence (nobody has written one yet). */
  outcomeIsDefault: z.boolean(),
  absenceNotes: z.string().nullable(),
  attendees: z.array(meetingAttendeeSchema),
  /** Group members who never had the guide open during the meeting. */
  absentees: z.array(personSchema),
  discussion: z.array(meetingDiscussionItemSchema),
  counts: meetingCountsSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;

/** The stateless WebSocket message sent to a guide's open editors when a meeting starts or ends. */
export const meetingMessageSchema = z.object({
  type: z.literal('meeting'),
  guideId: z.string(),
  state: z.enum(['started', 'ended']),
});
export type MeetingMessage = z.infer<typeof meetingMessageSchema>;
