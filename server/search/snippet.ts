/** Characters of context before the first match, and of text after it, in a snippet. */
const before = 30;
const after = 70;

export type Range = [start: number, end: number];

/** Every place one of the terms occurs in the text, in order, overlapping ones merged. */
export function findRanges(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of terms) {
    const needle = term.toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * A stretch of the text on one line around the first place a term occurs, with where the
 * terms are in it (so the client marks them without trusting any markup).
 */
export function makeSnippet(body: string, terms: readonly string[]): { snippet: string; highlights: Range[] } {
  const text = body.replace(/\s+/g, ' ').trim();
  const first = findRanges(text, terms)[0];
  const start = first ? Math.max(0, first[0] - before) : 0;
  const end = Math.min(text.length, (first ? first[1] : 0) + after);
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const highlights = findRanges(text.slice(start, end), terms).map(([from, to]): Range => [from + prefix.length, to + prefix.length]);
  return { snippet, highlights };
}
