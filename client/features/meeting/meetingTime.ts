import type { Meeting } from '../../../shared/schemas/meeting.ts';
import { formatSchoolTime, schoolDay } from '../../../shared/time/schoolTime.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { schoolTimeZone } from '../../i18n/schoolTimeZone.ts';

/** 2025年3月14日 14:00–14:45 on the school's clock; the end is left out while it runs, and has its day when another. */
export function meetingTimeRange(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>): string {
  const start = formatDateTime(meeting.startedAt);
  if (!meeting.endedAt) return start;
  const timeZone = schoolTimeZone();
  const sameDay = schoolDay(new Date(meeting.startedAt), timeZone) === schoolDay(new Date(meeting.endedAt), timeZone);
  return `${start}–${sameDay ? formatSchoolTime(meeting.endedAt, timeZone) : formatDateTime(meeting.endedAt)}`;
}

/** Whole minutes since the meeting started, never negative (clocks differ a little). */
export function minutesSince(startedAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(startedAt)) / 60_000));
}
