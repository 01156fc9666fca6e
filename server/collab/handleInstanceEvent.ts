import type { AppContext } from '../http/appContext.ts';
import type { InstanceEvent } from './instanceEvents.ts';
import { MeetingPresenceExtension } from './meetingPresenceExtension.ts';
import { reauthorizeDocument } from './reauthorizeDocument.ts';

/** Does for this instance's connections what another instance did for its own. */
export async function handleInstanceEvent(app: AppContext, event: InstanceEvent): Promise<void> {
  const presence = MeetingPresenceExtension.of(app.hocuspocus);
  switch (event.type) {
    case 'reauthorize':
      await reauthorizeDocument(app, event.documentName, event.stage, event.action);
      return;
    case 'meeting-started':
      await presence?.meetingStarted(app.hocuspocus, event.documentName, { id: event.meetingId, startedAt: event.startedAt });
      return;
    case 'meeting-ended':
      presence?.meetingEnded(app.hocuspocus, event.documentName, event.meetingId);
      return;
  }
}
