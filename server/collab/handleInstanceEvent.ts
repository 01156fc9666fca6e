import type { Stage } from '../../shared/workflow/stages.ts';
import { findGuideRow } from '../db/repos/guides.ts';
import { findActiveMeeting } from '../db/repos/meetings.ts';
import type { AppContext } from '../appContext.ts';
import { guideIdOfDocName } from '../../shared/schemas/documentName.ts';
import { deliverStoredNotification } from '../notifications/deliverLive.ts';
import type { InstanceEvent } from './instanceEvents.ts';
import { openConnections } from './connectionAccess.ts';
import { MeetingPresenceExtension } from './meetingPresenceExtension.ts';
import { reauthorizeDocument } from './reauthorizeDocument.ts';
import { closeSessionConnections, reauthorizeUserConnections } from './userConnections.ts';

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
    case 'session-ended':
      closeSessionConnections(app.hocuspocus, event.sessionTokenHash);
      return;
    case 'user-access-changed':
      await reauthorizeUserConnections(app, event.userId);
      return;
    case 'notification':
      await deliverStoredNotification(app, event.userId, event.notificationId);
      return;
  }
}

/**
 * After the link to the other instances was down: whatever they decided meanwhile is in the
 * database. Access is re-decided on every open guide (only connections whose access changed
 * are told), every connection's session is checked (a logout elsewhere closes it) and its
 * access decided again (group changes), and a meeting that started meanwhile
 * counts the teachers who have the guide open here (they have been there since its start:
 * anyone who connected later was counted when connecting).
 */
export async function catchUpWithOtherInstances(app: AppContext): Promise<void> {
  const presence = MeetingPresenceExtension.of(app.hocuspocus);
  for (const documentName of [...app.hocuspocus.documents.keys()]) {
    const guideId = guideIdOfDocName(documentName);
    if (guideId === null) continue;
    const guide = await findGuideRow(app.database.db, guideId);
    if (guide) await reauthorizeDocument(app, documentName, guide.stage as Stage, null);
    const meeting = await findActiveMeeting(app.database.db, guideId);
    if (meeting) await presence?.meetingStarted(app.hocuspocus, documentName, { id: meeting.id, startedAt: meeting.started_at });
  }
  // Sessions ended and groups changed meanwhile: every connection's session and access again.
  const users = new Set([...openConnections(app.hocuspocus)].map(({ context }) => context.user.id));
  for (const userId of users) await reauthorizeUserConnections(app, userId);
}
