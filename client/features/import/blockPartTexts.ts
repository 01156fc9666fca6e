import type { JSONContent } from '@tiptap/core';

function textOf(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'inlineMath' || node.type === 'blockMath') return String(node.attrs?.latex ?? '');
  if (node.type === 'image') return '［图］';
  return (node.content ?? []).map(textOf).join(node.type === 'paragraph' ? '' : ' ');
}

/** The parts of a block read from the file (its paragraphs, items, tables), as short lines to pick a split point from. */
export function blockPartTexts(block: JSONContent | undefined, length = 40): string[] {
  return (block?.content ?? []).map((node) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim() || (node.type === 'table' ? '［表格］' : '—');
    return text.length > length ? `${text.slice(0, length)}…` : text;
  });
}
