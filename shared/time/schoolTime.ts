/** The time zone of a school that has not chosen one: China's. */
export const defaultSchoolTimeZone = 'Asia/Shanghai';

export type DateLanguage = 'zh-CN' | 'en';

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

interface WallTime extends CalendarDay {
  hour: number;
  minute: number;
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The wall-clock time of an instant in a time zone. */
function wallTime(date: Date, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') % 24, minute: part('minute') };
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayText({ year, month, day }: CalendarDay, language: DateLanguage): string {
  return language === 'en' ? `${day} ${monthNames[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A date as teachers write it: 2026年12月3日 in Chinese, 3 Dec 2026 in English. A calendar date
 * (2026-12-03: a due date, a teaching date) is shown as it is; an instant (a timestamp) by its
 * day in the school's time zone. Anything unreadable comes back unchanged.
 */
export function formatSchoolDate(value: string, language: DateLanguage, timeZone = defaultSchoolTimeZone): string {
  const calendar = calendarDate.exec(value);
  if (calendar) return dayText({ year: Number(calendar[1]), month: Number(calendar[2]), day: Number(calendar[3]) }, language);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dayText(wallTime(date, timeZone), language);
}

/** An instant as its day and time in the school's time zone: 2026年12月3日 14:05 / 3 Dec 2026 14:05. */
export function formatSchoolDateTime(value: string, language: DateLanguage, timeZone = defaultSchoolTimeZone): string {
  const date = new Date(value);
  if (calendarDate.test(value) || Number.isNaN(date.getTime())) return formatSchoolDate(value, language, timeZone);
  const wall = wallTime(date, timeZone);
  return `${dayText(wall, language)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The time of day (14:05) of an instant in the school's time zone. */
export function formatSchoolTime(value: string, timeZone = defaultSchoolTimeZone): string {
  const wall = wallTime(new Date(value), timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The calendar day (2026-12-03) of an instant in the school's time zone: "today" at the school. */
export function schoolDay(date: Date, timeZone = defaultSchoolTimeZone): string {
  const wall = wallTime(date, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The calendar day `days` after a calendar day (2026-12-31 + 1 = 2027-01-01). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
