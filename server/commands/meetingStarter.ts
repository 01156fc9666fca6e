import { guideDocName } from '../../shared/schemas/documentName.ts';
import { randomUUID } from 'node:crypto';
import { broadcastMeetingMessage } from '../collab/broadcastMeetingMessage.ts';
import { meetingStarted } from '../notifications/guideEvents.ts';
import { MeetingPresenceExtension } from '../collab/meetingPresenceExtension.ts';
import { findActiveMeeting, insertMeeting } from '../db/repos/meetings.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';

export interface MeetingStarterProps {
  app: AppContext;
  guideId: string;
  actorId: string;
}

const alreadyRunning = () => new ApiError(409, 'meeting_active', '这份导学案已有正在进行的研讨会议，请先结束它');

/**
 * The leader opens the review meeting (研讨会议) on a guide in 集体审稿: one meeting at a time
 * per guide. Everyone who has the guide open is an attendee from this moment; every open
 * editor is told at once. Returns the new meeting's id.
 */
export async function meetingStarter({ app, guideId, actorId }: MeetingStarterProps): Promise<string> {
  const { db, dialect } = app.database;
  await authorizeGuide(db, actorId, guideId, 'startMeeting');
  if (await findActiveMeeting(db, guideId)) throw alreadyRunning();

  const id = randomUUID();
  const startedAt = new Date().toISOString();
  await db.transaction().execute(async (transaction) => {
    // Two clicks at once must not open two meetings: on Postgres the guide's row is locked
    // while we look; SQLite runs one write transaction at a time anyway.
    const locked = transaction.selectFrom('guides').select(['stage']).where('id', '=', guideId);
    const current = await (dialect === 'postgres' ? locked.forUpdate() : locked).executeTakeFirst();
    if (current?.stage !== 'review') throw new ApiError(409, 'wrong_stage', '导学案的阶段刚刚被别人改变了，请刷新后再试');
    if (await findActiveMeeting(transaction, guideId)) throw alreadyRunning();
    await insertMeeting(transaction, { id, guide_id: guideId, host_id: actorId, started_at: startedAt });
  });

  const docName = guideDocName(guideId);
  await MeetingPresenceExtension.of(app.hocuspocus)?.meetingStarted(app.hocuspocus, docName, { id, startedAt });
  await app.instanceEvents.publish({ type: 'meeting-started', documentName: docName, meetingId: id, startedAt });
  broadcastMeetingMessage(app.hocuspocus, docName, { type: 'meeting', guideId, state: 'started' });
  await meetingStarted(app, guideId, actorId);
  return id;
}
