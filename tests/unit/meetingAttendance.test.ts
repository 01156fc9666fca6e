import { describe, expect, it } from 'vitest';
import { minutesOf, secondsPresent } from '../../shared/meeting/meetingAttendance.ts';

const at = (minute: number, second = 0) => new Date(Date.UTC(2025, 2, 4, 6, minute, second)).toISOString();
const meeting = { startedAt: at(0), endedAt: at(45) };

describe('time present in a meeting', () => {
  it('counts one stretch from joining to leaving', () => {
    expect(secondsPresent([{ joinedAt: at(5), leftAt: at(20) }], meeting)).toBe(15 * 60);
  });

  it('counts overlapping stretches (two tabs) once and adds separate ones', () => {
    const stretches = [
      { joinedAt: at(0), leftAt: at(10) },
      { joinedAt: at(5), leftAt: at(12) },
      { joinedAt: at(30), leftAt: at(31) },
    ];
    expect(secondsPresent(stretches, meeting)).toBe(13 * 60);
  });

  it('clips stretches to the meeting and runs an open stretch to its end', () => {
    const stretches = [
      { joinedAt: at(-10), leftAt: at(3) },
      { joinedAt: at(40), leftAt: null },
      { joinedAt: at(50), leftAt: at(55) },
    ];
    expect(secondsPresent(stretches, meeting)).toBe(8 * 60);
  });

  it('rounds to whole minutes for the record', () => {
    expect(minutesOf(29)).toBe(0);
    expect(minutesOf(90)).toBe(2);
    expect(minutesOf(44 * 60 + 20)).toBe(44);
  });
});
