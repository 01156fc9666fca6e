import { z } from 'zod';

export const noControlCharacters = '不能包含控制字符';

/**
 * Control characters: C0 (NUL, escape, tab, line breaks…), DEL and C1, the line and paragraph
 * separators, and the bidirectional embeddings, overrides and isolates that make a text show
 * other than it reads. `keepLineBreaks` lets tab, line feed and carriage return through.
 */
function isControl(codePoint: number, keepLineBreaks: boolean): boolean {
  if (keepLineBreaks && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d)) return false;
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

function hasNoControls(keepLineBreaks: boolean) {
  return (text: string) => {
    for (const character of text) {
      if (isControl(character.codePointAt(0)!, keepLineBreaks)) return false;
    }
    return true;
  };
}

/** One line of text (a title, a 课时, a 地点): trimmed, refused if it holds a control character. */
export function singleLineText() {
  return z.string().trim().refine(hasNoControls(false), noControlCharacters);
}

/** Free text over several lines (a comment, a record's 成果): tabs and line breaks are fine. */
export function multiLineText() {
  return z.string().trim().refine(hasNoControls(true), noControlCharacters);
}
