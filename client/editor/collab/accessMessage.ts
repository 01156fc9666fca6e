import { accessMessageSchema, type AccessMessage } from '../../../shared/schemas/accessMessage.ts';

/** The access message in a stateless payload, or null for any other message. */
export function parseAccessMessage(payload: string): AccessMessage | null {
  try {
    const parsed = accessMessageSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
