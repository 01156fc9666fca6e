import type { Hocuspocus } from '@hocuspocus/server';
import type { MeetingMessage } from '../../shared/schemas/meeting.ts';

/**
 * Tells every open editor of a guide that its meeting started or ended, so their banners
 * and buttons change at once. broadcastStateless also reaches other instances through the
 * Redis relay when there is one.
 */
export function broadcastMeetingMessage(hocuspocus: Hocuspocus, documentName: string, message: MeetingMessage): void {
  hocuspocus.documents.get(documentName)?.broadcastStateless(JSON.stringify(message));
}
