/** One unit the diff compares: a word, a run of spaces, a line break or a punctuation mark. */
export interface Token {
  text: string;
  /** Counts as a word in the statistics (not spaces, line breaks or punctuation). */
  word: boolean;
  /** What the diff compares instead of `text` (a formula's or a figure's own key). */
  key?: string;
}

// Han characters and the CJK punctuation around them (、。「」 and full-width forms like （）：).
const cjkRun = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]+';
const tokenPattern = new RegExp(
  `(${cjkRun})|(\\n)|([^\\S\\n]+)|(\\ufffc)|([^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\ufffc]+)`,
  'gu',
);
const letterOrDigit = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | null = null;

function chineseSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/**
 * Splits text into the words a teacher would count. Chinese has no spaces, so Chinese runs
 * go through `Intl.Segmenter('zh', { granularity: 'word' })` (先|复习|正比例|函数); Latin text,
 * numbers and formulas are split at whitespace, so `y=kx+b` stays one token. Line breaks are
 * tokens of their own so paragraphs line up. Each U+FFFC (a formula, figure or blank) is a
 * token of its own, keyed by the matching `atomKeys` entry. Joining the tokens gives the text back.
 */
export function tokenize(text: string, atomKeys: readonly string[] = []): Token[] {
  const tokens: Token[] = [];
  let atomIndex = 0;
  for (const match of text.matchAll(tokenPattern)) {
    const [whole, chinese, lineBreak, spaces, atom] = match;
    if (atom !== undefined) {
      // A formula, figure or blank (see blockText's atoms): one word, compared by its key.
      tokens.push({ text: whole, word: true, key: atomKeys[atomIndex] ?? whole });
      atomIndex += 1;
    } else if (chinese !== undefined) {
      for (const segment of chineseSegmenter().segment(chinese)) {
        tokens.push({ text: segment.segment, word: segment.isWordLike === true });
      }
    } else if (lineBreak !== undefined || spaces !== undefined) {
      tokens.push({ text: whole, word: false });
    } else {
      tokens.push({ text: whole, word: letterOrDigit.test(whole) });
    }
  }
  return tokens;
}

/** How many words a text holds (as `tokenize` counts them). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of tokenize(text)) if (token.word) count += 1;
  return count;
}
