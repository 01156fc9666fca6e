import type { Meeting } from '../../../shared/schemas/meeting.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';

/** 2025-03-14 14:00–14:45 in the teacher's local time; the end is left out while it runs. */
export function meetingTimeRange(meeting: Pick<Meeting, 'startedAt' | 'endedAt'>): string {
  const start = formatDateTime(meeting.startedAt);
  if (!meeting.endedAt) return start;
  const end = formatDateTime(meeting.endedAt);
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return `${start}–${sameDay ? end.slice(11) : end}`;
}

/** Whole minutes since the meeting started, never negative (clocks differ a little). */
export function minutesSince(startedAt: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(startedAt)) / 60_000));
}
