import type { JSONContent } from '@tiptap/core';

/** The text of a node, its paragraphs separated by spaces. */
export function nodeText(node: JSONContent): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(nodeText).join(node.type === 'paragraph' ? '' : ' ');
}
