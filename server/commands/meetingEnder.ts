import { guideDocName } from '../../shared/schemas/documentName.ts';
import { broadcastMeetingMessage } from '../collab/broadcastMeetingMessage.ts';
import { MeetingPresenceExtension } from '../collab/meetingPresenceExtension.ts';
import { closeOpenAttendance, endMeeting, findMeeting } from '../db/repos/meetings.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';

export interface MeetingEnderProps {
  app: AppContext;
  guideId: string;
  meetingId: string;
  actorId: string;
}

/**
 * The leader closes the meeting: its time ends now and so does everyone's presence in it;
 * every open editor is told at once. Allowed in any stage, so a meeting left running when
 * the review ended can still be closed.
 */
export async function meetingEnder({ app, guideId, meetingId, actorId }: MeetingEnderProps): Promise<void> {
  const { db } = app.database;
  await authorizeGuide(db, actorId, guideId, 'endMeeting');
  const meeting = await findMeeting(db, guideId, meetingId);
  if (!meeting) throw new ApiError(404, 'not_found', '找不到这次研讨会议');

  const endedAt = new Date().toISOString();
  const ended = await db.transaction().execute(async (transaction) => {
    if (!(await endMeeting(transaction, meetingId, endedAt))) return false;
    await closeOpenAttendance(transaction, meetingId, endedAt);
    return true;
  });
  if (!ended) throw new ApiError(409, 'meeting_ended', '这次研讨会议已经结束了');

  const docName = guideDocName(guideId);
  MeetingPresenceExtension.of(app.hocuspocus)?.meetingEnded(app.hocuspocus, docName, meetingId);
  await app.instanceEvents.publish({ type: 'meeting-ended', documentName: docName, meetingId });
  broadcastMeetingMessage(app.hocuspocus, docName, { type: 'meeting', guideId, state: 'ended' });
}
