/** A term (学期) as the 教务处 set it: first and last day, YYYY-MM-DD. */
export interface SchoolTerm {
  id: string;
  startDate: string;
  endDate: string;
}

/** The school term a day (YYYY-MM-DD) falls in, the latest starting one where terms overlap; null outside every term. */
export function schoolTermOf<T extends SchoolTerm>(terms: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const term of terms) {
    if (term.startDate <= day && day <= term.endDate && (!found || term.startDate > found.startDate)) found = term;
  }
  return found;
}

/** The day that places a guide in a term: its due date, or without one the day it was made. */
export function guideTermDay(guide: { dueDate: string | null; createdAt: string }): string {
  return guide.dueDate ?? guide.createdAt.slice(0, 10);
}

/**
 * Whether a guide belongs to a term: the term it was given, or, for a guide made before the
 * school had terms, the term its day falls in.
 */
export function guideInTerm(guide: { termId: string | null; dueDate: string | null; createdAt: string }, term: SchoolTerm): boolean {
  if (guide.termId) return guide.termId === term.id;
  const day = guideTermDay(guide);
  return term.startDate <= day && day <= term.endDate;
}
