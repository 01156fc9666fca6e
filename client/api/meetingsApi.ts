import { z } from 'zod';
import { meetingSchema, type MeetingFieldsInput } from '../../shared/schemas/meeting.ts';
import { apiFetch } from './apiFetch.ts';

const meetingsPath = (guideId: string) => `/api/guides/${encodeURIComponent(guideId)}/meetings`;

/** A guide's review meetings (研讨会议), oldest first, each with its record. */
export function fetchMeetings(guideId: string) {
  return apiFetch(meetingsPath(guideId), z.array(meetingSchema));
}

/** 开始研讨会议 (the group leader, in 集体审稿). */
export function startMeeting(guideId: string) {
  return apiFetch(meetingsPath(guideId), meetingSchema, { method: 'POST', body: {} });
}

/** 结束会议. */
export function endMeeting(guideId: string, meetingId: string) {
  return apiFetch(`${meetingsPath(guideId)}/${encodeURIComponent(meetingId)}/end`, meetingSchema, { method: 'POST', body: {} });
}

/** 编辑记录: the record's fields the leader fills in. */
export function updateMeetingRecord(guideId: string, meetingId: string, body: MeetingFieldsInput) {
  return apiFetch(`${meetingsPath(guideId)}/${encodeURIComponent(meetingId)}`, meetingSchema, { method: 'PATCH', body });
}

/** The 集体备课活动记录表 of one meeting as .docx (the session cookie authenticates the plain link). */
export function meetingRecordUrl(guideId: string, meetingId: string): string {
  return `/api/guides/${encodeURIComponent(guideId)}/meeting-record.docx?meeting=${encodeURIComponent(meetingId)}`;
}
