import { meetingMessageSchema, type MeetingMessage } from '../../../shared/schemas/meeting.ts';

/** The meeting message in a stateless payload, or null for any other message. */
export function parseMeetingMessage(payload: string): MeetingMessage | null {
  try {
    const parsed = meetingMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
