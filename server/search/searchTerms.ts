/** The trigram index finds substrings of at least this many characters. */
export const trigramLength = 3;

/**
 * The words of a query: split at spaces, every word must occur (as a substring). Words of
 * three characters or more go to the full-text index; shorter ones (一次, 函) are matched with
 * LIKE on the indexed text, among the rows the other words found, or on their own.
 */
export function searchTerms(query: string): { long: string[]; short: string[]; all: string[] } {
  const all = [...new Set(query.split(/\s+/).map((word) => word.trim()).filter(Boolean))].slice(0, 8);
  return {
    all,
    long: all.filter((word) => [...word].length >= trigramLength),
    short: all.filter((word) => [...word].length < trigramLength),
  };
}

/** A LIKE pattern that finds the word anywhere (its %, _ and \ taken literally, with `escape '\'`). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** An FTS5 query: every word as a quoted phrase, all required (or any, with ' OR '). */
export function ftsQuery(words: readonly string[], joiner = ' AND '): string {
  return words.map((word) => `"${word.replace(/"/g, '""')}"`).join(joiner);
}
