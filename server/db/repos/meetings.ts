import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../schema.ts';

export type NewMeeting = Insertable<Database['meetings']>;
export type MeetingFieldsUpdate = Pick<
  Updateable<Database['meetings']>,
  'location' | 'recorder_id' | 'topic' | 'division' | 'outcome' | 'absence_notes'
>;

export async function insertMeeting(db: Kysely<Database>, meeting: NewMeeting): Promise<void> {
  await db.insertInto('meetings').values(meeting).execute();
}

/** Meetings with the names the record shows (host, recorder). */
function meetingDetails(db: Kysely<Database>) {
  return db
    .selectFrom('meetings')
    .innerJoin('users as host', 'host.id', 'meetings.host_id')
    .leftJoin('users as recorder', 'recorder.id', 'meetings.recorder_id')
    .selectAll('meetings')
    .select(['host.name as host_name', 'recorder.name as recorder_name']);
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function findMeeting(db: Kysely<Database>, guideId: string, meetingId: string) {
  return meetingDetails(db).where('meetings.guide_id', '=', guideId).where('meetings.id', '=', meetingId).executeTakeFirst();
}

/** The meeting running on a guide, if any (there is at most one). */
export function findActiveMeeting(db: Kysely<Database>, guideId: string) {
  return meetingDetails(db).where('meetings.guide_id', '=', guideId).where('meetings.ended_at', 'is', null).executeTakeFirst();
}

/** A guide's meetings, oldest first. */
export function listGuideMeetings(db: Kysely<Database>, guideId: string) {
  return meetingDetails(db).where('meetings.guide_id', '=', guideId).orderBy('meetings.started_at').orderBy('meetings.id').execute();
}

/** Ends a running meeting; false when it had already ended (someone else was quicker). */
export async function endMeeting(db: Kysely<Database>, meetingId: string, endedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('meetings')
    .set({ ended_at: endedAt })
    .where('id', '=', meetingId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateMeetingFields(db: Kysely<Database>, meetingId: string, fields: MeetingFieldsUpdate): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  await db.updateTable('meetings').set(fields).where('id', '=', meetingId).execute();
}

export async function insertAttendance(db: Kysely<Database>, row: Insertable<Database['meeting_attendance']>): Promise<void> {
  await db.insertInto('meeting_attendance').values(row).execute();
}

/** Closes one stretch of presence, unless the meeting's end closed it already. */
export async function closeAttendance(db: Kysely<Database>, id: string, leftAt: string): Promise<void> {
  await db.updateTable('meeting_attendance').set({ left_at: leftAt }).where('id', '=', id).where('left_at', 'is', null).execute();
}

/** Closes every stretch still open when the meeting ends. */
export async function closeOpenAttendance(db: Kysely<Database>, meetingId: string, leftAt: string): Promise<void> {
  await db
    .updateTable('meeting_attendance')
    .set({ left_at: leftAt })
    .where('meeting_id', '=', meetingId)
    .where('left_at', 'is', null)
    .execute();
}

/** Every stretch of presence in these meetings, with the teacher's name, in order of joining. */
export function listMeetingAttendance(db: Kysely<Database>, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('meeting_attendance')
    .innerJoin('users', 'users.id', 'meeting_attendance.user_id')
    .selectAll('meeting_attendance')
    .select(['users.name as user_name'])
    .where('meeting_attendance.meeting_id', 'in', meetingIds)
    .orderBy('meeting_attendance.joined_at')
    .orderBy('meeting_attendance.id')
    .execute();
}
