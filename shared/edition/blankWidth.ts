/** Shortest printed blank, in characters: room for a handwritten word. */
export const minimumBlankWidth = 4;

/** Extra room beyond the answer's own length: handwriting is wider than print. */
const handwritingAllowance = 2;

/** How many characters wide a text prints: Chinese and other full-width characters count 1, Latin letters and digits ½. */
export function printedCharacters(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    width += code >= 0x1100 ? 1 : 0.5;
  }
  return width;
}

/**
 * The printed length of a fill-in blank (填空), in characters: its `width` when the teacher
 * set one, else as long as its answer plus room for handwriting, never shorter than
 * {@link minimumBlankWidth}. The 学生版 prints an underline this long, so the line tells
 * nothing more about the answer than its length.
 */
export function blankWidth(attrs: Record<string, unknown> | undefined): number {
  const width = attrs?.width;
  if (typeof width === 'number' && Number.isFinite(width) && width > 0) return width;
  const answer = typeof attrs?.answer === 'string' ? attrs.answer : '';
  return Math.max(minimumBlankWidth, Math.ceil(printedCharacters(answer)) + handwritingAllowance);
}
