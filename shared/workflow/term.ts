/**
 * A school term (学期). Chinese schools run the first term (第一学期) from September to
 * January and the second (第二学期) from February or March to July; the boundaries here are
 * 1 August and 1 February, so summer and winter holidays fall on the right side.
 */
export interface Term {
  /** e.g. 2025-2026-1 */
  id: string;
  /** e.g. 2025-2026学年第一学期 */
  label: string;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

/** Teaching reflections (教后反思) a teacher is expected to write per term (domain.md: at least 30). */
export const reflectionsPerTerm = 30;

/** The term a date (YYYY-MM-DD) falls in. */
export function termOf(date: string): Term {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 8) {
    return { id: `${year}-${year + 1}-1`, label: `${year}-${year + 1}学年第一学期`, start: `${year}-08-01`, end: `${year + 1}-01-31` };
  }
  if (month === 1) {
    return { id: `${year - 1}-${year}-1`, label: `${year - 1}-${year}学年第一学期`, start: `${year - 1}-08-01`, end: `${year}-01-31` };
  }
  return { id: `${year - 1}-${year}-2`, label: `${year - 1}-${year}学年第二学期`, start: `${year}-02-01`, end: `${year}-07-31` };
}
