import { z } from 'zod';
import { accessMessageSchema } from './accessMessage.ts';
import { commentsChangedMessageSchema } from './comment.ts';
import { meetingMessageSchema } from './meeting.ts';
import { notificationMessageSchema } from './notification.ts';
import { suggestionRefusalSchema } from './suggestionRefusal.ts';

/**
 * Every stateless message the server sends to open editors on the WebSocket, told apart by
 * `type`: one parser for all of them on the client (and in the tests).
 */
export const statelessMessageSchema = z.discriminatedUnion('type', [
  accessMessageSchema,
  commentsChangedMessageSchema,
  meetingMessageSchema,
  notificationMessageSchema,
  suggestionRefusalSchema,
]);
export type StatelessMessage = z.infer<typeof statelessMessageSchema>;

/** The message in a stateless payload, or null for a payload that is none of them. */
export function parseStatelessMessage(payload: string): StatelessMessage | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = statelessMessageSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
