import type { MeetingFieldsBody } from '../../shared/schemas/meeting.ts';
import { findMembership } from '../db/repos/groups.ts';
import { findMeeting, updateMeetingFields, type MeetingFieldsUpdate } from '../db/repos/meetings.ts';
import { ApiError } from '../errors.ts';
import type { AppContext } from '../appContext.ts';
import { authorizeGuide } from '../authorization.ts';

export interface MeetingRecordEditorProps {
  app: AppContext;
  guideId: string;
  meetingId: string;
  actorId: string;
  body: MeetingFieldsBody;
}

/**
 * The leader fills in the parts of the 集体备课活动记录表 presence cannot know: 地点, 记录人 (a
 * member of the group), 主题, 分工, 成果 and 缺席原因. Fields left out stay as they are; null or
 * an empty string clears one (主题 and 成果 then show their defaults again).
 */
export async function meetingRecordEditor({ app, guideId, meetingId, actorId, body }: MeetingRecordEditorProps): Promise<void> {
  const { db } = app.database;
  const { guide } = await authorizeGuide(db, actorId, guideId, 'editMeetingRecord');
  const meeting = await findMeeting(db, guideId, meetingId);
  if (!meeting) throw new ApiError(404, 'not_found', '找不到这次研讨会议');
  if (body.recorderId && !(await findMembership(db, guide.group_id, body.recorderId))) {
    throw new ApiError(400, 'invalid_body', 'recorderId: 记录人必须是本备课组的成员', ['recorderId']);
  }

  const fields: MeetingFieldsUpdate = {};
  if (body.location !== undefined) fields.location = body.location;
  if (body.recorderId !== undefined) fields.recorder_id = body.recorderId;
  if (body.topic !== undefined) fields.topic = body.topic;
  if (body.division !== undefined) fields.division = body.division;
  if (body.outcome !== undefined) fields.outcome = body.outcome;
  if (body.absenceNotes !== undefined) fields.absence_notes = body.absenceNotes;
  await updateMeetingFields(db, meetingId, fields);
}
