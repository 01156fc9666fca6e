import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The minutes of all blocks added up (blocks without minutes count as 0). */
export function totalGuideMinutes(doc: ProseMirrorNode): number {
  let total = 0;
  doc.forEach((block) => {
    const minutes = block.attrs.minutes as number | null | undefined;
    if (typeof minutes === 'number' && Number.isFinite(minutes)) total += minutes;
  });
  return total;
}
