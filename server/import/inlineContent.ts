import type { JSONContent } from '@tiptap/core';
import type { InlineSegment } from './sourceElements.ts';

/** Drops the first `count` characters of a line, keeping the styling of what remains. */
export function dropPrefix(segments: InlineSegment[], count: number): InlineSegment[] {
  let remaining = count;
  const result: InlineSegment[] = [];
  for (const segment of segments) {
    if (remaining >= segment.text.length || (remaining > 0 && segment.math !== undefined)) {
      remaining -= segment.text.length;
      continue;
    }
    result.push({ ...segment, text: segment.text.slice(remaining) });
    remaining = 0;
  }
  return result;
}

/** Text nodes for a line; tabs read as spaces, empty text is left out (the schema forbids it), equations become inlineMath. */
export function textNodes(segments: InlineSegment[]): JSONContent[] {
  return segments
      .map((segment) => (segment.math !== undefined || segment.blank !== undefined ? segment : { ...segment, text: segment.text.replace(/\t/g, ' ') }))
    .filter((segment) => segment.text.length > 0 || segment.math !== undefined || segment.blank !== undefined)
    .map((segment): JSONContent => {
      if (segment.math !== undefined) return { type: 'inlineMath', attrs: { latex: segment.math } };
      if (segment.blank !== undefined) return { type: 'blank', attrs: { answer: segment.blank, width: null } };
      const marks = [
        segment.bold ? { type: 'bold' } : null,
        segment.italic ? { type: 'italic' } : null,
        segment.underline ? { type: 'underline' } : null,
        segment.strike ? { type: 'strike' } : null,
        segment.script === 'super' ? { type: 'superscript' } : null,
        segment.script === 'sub' ? { type: 'subscript' } : null,
      ].filter((mark): mark is { type: string } => mark !== null);
      return marks.length > 0 ? { type: 'text', text: segment.text, marks } : { type: 'text', text: segment.text };
    });
}

export function paragraphOf(segments: InlineSegment[]): JSONContent {
  const trimmed = trimSegments(segments);
  const content = textNodes(trimmed);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function paragraphOfText(text: string, bold = false): JSONContent {
  return paragraphOf([{ text, bold: bold || undefined }]);
}

/** The line without its leading and trailing blanks (a leading full-width indent only matters for detection, done before). */
export function trimSegments(segments: InlineSegment[]): InlineSegment[] {
  const copy = segments.map((segment) => ({ ...segment }));
  while (copy.length > 0 && copy[0].math === undefined && copy[0].text.replace(/^[\s\u3000]+/, '') === '') copy.shift();
  if (copy.length > 0 && copy[0].math === undefined) copy[0].text = copy[0].text.replace(/^[\s\u3000]+/, '');
  const last = () => copy[copy.length - 1];
  while (copy.length > 0 && last().math === undefined && last().text.replace(/[\s\u3000]+$/, '') === '') copy.pop();
  if (copy.length > 0 && last().math === undefined) last().text = last().text.replace(/[\s\u3000]+$/, '');
  return copy;
}
