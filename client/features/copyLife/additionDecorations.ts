import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockText } from '../../../shared/diff/blockText.ts';
import { diff } from '../../../shared/diff/diff.ts';

const listTypes = new Set(['bulletList', 'orderedList']);

/** The position just before the node at `path` (child indexes) inside a block at `blockPos`. */
function positionOf(block: ProseMirrorNode, blockPos: number, path: readonly number[]): { pos: number; node: ProseMirrorNode } {
  let pos = blockPos + 1;
  let node = block;
  path.forEach((index, depth) => {
    for (let child = 0; child < index; child += 1) pos += node.child(child).nodeSize;
    node = node.child(index);
    if (depth < path.length - 1) pos += 1;
  });
  return { pos, node };
}

/**
 * Decorations marking what a class copy added to the final it is based on (computed with
 * shared/diff, never stored in the document): inserted words get a light green mark, the
 * paragraph, list item or question holding them a bar in the margin, and a block the teacher
 * added is marked whole. The teacher's margin notes are additions by nature and need no mark.
 */
export function additionDecorations(doc: ProseMirrorNode, base: JSONContent): DecorationSet {
  const current = doc.toJSON() as JSONContent;
  const result = diff(base, current);
  const byIndex = new Map(result.blocks.filter((block) => block.toIndex !== null).map((block) => [block.toIndex, block]));
  const decorations: Decoration[] = [];

  doc.forEach((block, blockPos, index) => {
    const entry = byIndex.get(index);
    if (!entry || entry.status === 'unchanged') return;
    if (entry.status === 'inserted') {
      decorations.push(Decoration.node(blockPos, blockPos + block.nodeSize, { class: 'is-added-block' }, { addition: 'block' }));
      return;
    }
    const { runs } = blockText(current.content![index], { atoms: true });
    const barred = new Set<number>();
    let offset = 0;
    for (const part of entry.parts) {
      if (part.kind === 'delete') continue;
      const start = offset;
      offset += part.text.length;
      if (part.kind !== 'insert') continue;
      for (const run of runs) {
        const from = Math.max(start, run.start);
        const to = Math.min(offset, run.start + run.length);
        if (from >= to) continue;
        const top = positionOf(block, blockPos, run.path.slice(0, 1));
        if (top.node.type.name === 'teacherNote') continue;
        const text = positionOf(block, blockPos, run.path).pos + (from - run.start);
        decorations.push(Decoration.inline(text, text + (to - from), { class: 'copy-addition' }, { addition: 'text' }));
        // In a list the bar goes on the item, not on the whole list.
        const inList = listTypes.has(top.node.type.name) && run.path.length > 2;
        const bar = inList ? positionOf(block, blockPos, run.path.slice(0, 2)) : top;
        if (barred.has(bar.pos)) continue;
        barred.add(bar.pos);
        decorations.push(Decoration.node(bar.pos, bar.pos + bar.node.nodeSize, { class: 'has-addition' }, { addition: 'bar' }));
      }
    }
  });
  return DecorationSet.create(doc, decorations);
}
