import { describe, expect, it } from 'vitest';
import { meetingTimeRange } from '../../client/features/meeting/meetingTime.ts';

describe('a review meeting’s time on screen', () => {
  it('gives the day once and the end as a time on the school’s clock, or with its day when it ended on another', () => {
    expect(meetingTimeRange({ startedAt: '2026-12-14T06:00:00.000Z', endedAt: '2026-12-14T06:45:00.000Z' })).toBe('2026年12月14日 14:00–14:45');
    expect(meetingTimeRange({ startedAt: '2026-12-04T15:30:00.000Z', endedAt: '2026-12-04T16:10:00.000Z' })).toBe('2026年12月4日 23:30–2026年12月5日 00:10');
    expect(meetingTimeRange({ startedAt: '2026-12-14T06:00:00.000Z', endedAt: null })).toBe('2026年12月14日 14:00');
  });
});
