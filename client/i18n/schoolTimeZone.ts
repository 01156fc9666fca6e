import { defaultSchoolTimeZone } from '../../shared/time/schoolTime.ts';

/**
 * The school's time zone for everything the app shows: set from GET /api/me (the 教务处 sets it
 * in 学校设置), Asia/Shanghai until then. Kept on this computer too, so a page opened offline
 * dates things the same way.
 */
const storageKey = 'school-time-zone';

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

let current: string = stored() ?? defaultSchoolTimeZone;

export function schoolTimeZone(): string {
  return current;
}

export function setSchoolTimeZone(timeZone: string): void {
  if (timeZone === current) return;
  current = timeZone;
  try {
    localStorage.setItem(storageKey, timeZone);
  } catch {
    // Private windows may refuse storage: the zone still holds for this page.
  }
}
