import { termOf } from '../../../shared/workflow/term.ts';

/** The current term and the three before it (学期), newest first, as the search filter offers them. */
export function recentTerms(today = new Date().toISOString().slice(0, 10)): { id: string; startYear: number; number: 1 | 2 }[] {
  const terms = [];
  let date = today;
  for (let index = 0; index < 4; index++) {
    const term = termOf(date);
    const [startYear, , number] = term.id.split('-').map(Number);
    terms.push({ id: term.id, startYear, number: number === 1 ? (1 as const) : (2 as const) });
    // The day before this term's first day falls in the previous term.
    const start = new Date(`${term.start}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() - 1);
    date = start.toISOString().slice(0, 10);
  }
  return terms;
}
