/** One stretch of presence as stored: ISO times, `leftAt` null while the teacher is still there. */
export interface PresenceStretch {
  joinedAt: string;
  leftAt: string | null;
}

/**
 * Seconds present within a meeting window: stretches are clipped to the window and merged, so
 * a teacher with the guide open in two tabs, or who reconnected, is counted once. An open
 * stretch runs to the end of the window (`endedAt`, or now while the meeting runs).
 */
export function secondsPresent(stretches: readonly PresenceStretch[], window: { startedAt: string; endedAt: string }): number {
  const windowStart = Date.parse(window.startedAt);
  const windowEnd = Date.parse(window.endedAt);
  const intervals = stretches
    .map((stretch) => [
      Math.max(windowStart, Date.parse(stretch.joinedAt)),
      Math.min(windowEnd, stretch.leftAt ? Date.parse(stretch.leftAt) : windowEnd),
    ])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: number[] | null = null;
  for (const interval of intervals) {
    if (current && interval[0] <= current[1]) {
      current[1] = Math.max(current[1], interval[1]);
      continue;
    }
    if (current) total += current[1] - current[0];
    current = [...interval];
  }
  if (current) total += current[1] - current[0];
  return Math.round(total / 1000);
}

/** Whole minutes for the record; a short visit counts as 0 (the record then says 不足1分钟). */
export function minutesOf(seconds: number): number {
  return Math.round(seconds / 60);
}
