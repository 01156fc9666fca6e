import type { Editor } from '@tiptap/core';

/** How long the block the teacher jumped to stays highlighted. */
const highlightMs = 2000;

/**
 * Takes the teacher to a block: the caret into its first text, the block scrolled to the
 * middle of the screen and briefly highlighted. False when the block is gone.
 */
export function jumpToBlock(editor: Editor, blockId: string): boolean {
  let found: { pos: number; size: number } | null = null;
  editor.state.doc.forEach((node, offset) => {
    if (!found && node.attrs.id === blockId) found = { pos: offset, size: node.nodeSize };
  });
  if (!found) return false;
  const { pos, size } = found as { pos: number; size: number };
  // The first position inside the block where text can go.
  let target = pos + 1;
  editor.state.doc.nodesBetween(pos, pos + size, (node, nodePos) => {
    if (target !== pos + 1) return false;
    if (node.isTextblock) {
      target = nodePos + 1;
      return false;
    }
    return true;
  });
  editor.chain().focus(undefined, { scrollIntoView: false }).setTextSelection(target).run();
  const element = editor.view.nodeDOM(pos);
  if (element instanceof HTMLElement) {
    element.scrollIntoView({ block: 'center', behavior: 'auto' });
    element.classList.add('check-target');
    window.setTimeout(() => element.classList.remove('check-target'), highlightMs);
  }
  return true;
}
