import type { JSONContent } from '@tiptap/core';
import { nodeText } from '../../shared/check/guideText.ts';

/**
 * The text search reads from a guide's content: every block's title and text, answers
 * included (teachers search their own 教师版), one line per paragraph.
 */
export function searchText(doc: JSONContent): string {
  const lines: string[] = [];
  for (const block of doc.content ?? []) {
    const title = typeof block.attrs?.title === 'string' ? block.attrs.title.trim() : '';
    if (title) lines.push(title);
    const text = nodeText(block).trim();
    if (text) lines.push(text);
  }
  return lines.join('\n');
}
