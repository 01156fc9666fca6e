import { findActiveMeeting } from '../db/repos/meetings.ts';
import type { AppContext } from '../http/appContext.ts';
import type { InstanceEvent } from './instanceEvents.ts';
import { MeetingPresenceExtension } from './meetingPresenceExtension.ts';
import { reauthorizeDocument, reauthorizeOpenGuides } from './reauthorizeDocument.ts';

const guidePrefix = 'guide:';

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

/**
 * After the link to the other instances was down: whatever they decided meanwhile is in the
 * database. Access is re-decided on every open guide, and a meeting that started meanwhile
 * counts the teachers who have the guide open here (they have been there since its start:
 * anyone who connected later was counted when connecting).
 */
export async function catchUpWithOtherInstances(app: AppContext): Promise<void> {
  await reauthorizeOpenGuides(app);
  const presence = MeetingPresenceExtension.of(app.hocuspocus);
  if (!presence) return;
  for (const documentName of [...app.hocuspocus.documents.keys()]) {
    if (!documentName.startsWith(guidePrefix)) continue;
    const meeting = await findActiveMeeting(app.database.db, documentName.slice(guidePrefix.length));
    if (meeting) await presence.meetingStarted(app.hocuspocus, documentName, { id: meeting.id, startedAt: meeting.started_at });
  }
}
