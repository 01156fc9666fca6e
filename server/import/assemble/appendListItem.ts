import type { JSONContent } from '@tiptap/core';
import type { ListStyle } from '../classify/classifiedElement.ts';
import { paragraphOf } from '../inlineContent.ts';
import type { InlineSegment } from '../sourceElements.ts';

/** Adds a list item, to the list just before it when that list is of the same style. */
export function appendListItem(target: JSONContent[], list: ListStyle, segments: InlineSegment[]): void {
  const type = list === 'ordered' ? 'orderedList' : 'bulletList';
  const item = { type: 'listItem', content: [paragraphOf(segments)] };
  const last = target.at(-1);
  if (last?.type === type && last.content) last.content.push(item);
  else target.push({ type, content: [item] });
}
