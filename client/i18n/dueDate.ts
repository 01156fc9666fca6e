import { schoolDay } from '../../shared/time/schoolTime.ts';
import { schoolTimeZone } from './schoolTimeZone.ts';
import type { Stage } from '../../shared/workflow/stages.ts';

/** Today at the school (its time zone) as YYYY-MM-DD, the form due dates are stored in. */
export function localToday(now: Date = new Date()): string {
  return schoolDay(now, schoolTimeZone());
}

/**
 * A lesson is overdue while its draft is still being written after the due date: the due date
 * is the lead drafter's (主备) deadline, met once the draft is submitted for review.
 */
export function isOverdue(dueDate: string | null, stage: Stage, today: string = localToday()): boolean {
  if (!dueDate || stage !== 'drafting') return false;
  return dueDate.slice(0, 10) < today;
}
