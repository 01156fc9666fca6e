import { describe, expect, it } from 'vitest';
import { addDays, formatSchoolDate, formatSchoolDateTime, formatSchoolTime, schoolDay } from '../../shared/time/schoolTime.ts';
import { isKnownTimeZone } from '../../shared/time/timeZones.ts';
import { guideHeaderRows } from '../../shared/edition/guideHeaderFields.ts';

describe('dates and times at the school', () => {
  it('writes a day as 2026年12月3日 in Chinese and 3 Dec 2026 in English', () => {
    expect(formatSchoolDate('2026-12-03', 'zh-CN')).toBe('2026年12月3日');
    expect(formatSchoolDate('2026-12-03', 'en')).toBe('3 Dec 2026');
  });

  it('takes the day and time of an instant in the school’s time zone, Asia/Shanghai by default', () => {
    // 17:30 UTC on 3 December is already 01:30 on 4 December in Beijing.
    expect(formatSchoolDateTime('2026-12-03T17:30:00.000Z', 'zh-CN')).toBe('2026年12月4日 01:30');
    expect(formatSchoolDate('2026-12-03T17:30:00.000Z', 'zh-CN')).toBe('2026年12月4日');
    expect(formatSchoolDateTime('2026-12-03T17:30:00.000Z', 'en', 'Europe/London')).toBe('3 Dec 2026 17:30');
    expect(schoolDay(new Date('2026-12-03T17:30:00.000Z'))).toBe('2026-12-04');
    expect(schoolDay(new Date('2026-12-03T15:59:00.000Z'))).toBe('2026-12-03');
  });

  it('keeps a calendar date as it is and gives back what it cannot read', () => {
    expect(formatSchoolDateTime('2026-01-09', 'zh-CN')).toBe('2026年1月9日');
    expect(formatSchoolDate('下周一', 'zh-CN')).toBe('下周一');
  });

  it('counts calendar days across a month and a year, and knows a time zone from a made-up one', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(formatSchoolTime('2026-12-03T17:30:00.000Z')).toBe('01:30');
    expect(formatSchoolTime('2026-12-03T17:30:00.000Z', 'Europe/London')).toBe('17:30');
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('prints the 审核 date of a header as the day at the school', () => {
    const facts = { title: '课题', lessonType: null, period: null, leadDrafter: null, reviewer: '王磊', reviewedAt: '2026-12-03T17:30:00.000Z', className: null };
    const reviewer = (timeZone?: string) => guideHeaderRows({ ...facts, timeZone })[0].find((field) => field.key === 'reviewer')?.value;
    expect(reviewer()).toBe('王磊 2026年12月4日');
    expect(reviewer('America/New_York')).toBe('王磊 2026年12月3日');
  });
});
