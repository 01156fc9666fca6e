import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const blockHintKey = new PluginKey('blockHint');

/** A block is empty while it holds nothing but its group roles and blank paragraphs. */
export function isGuideBlockEmpty(block: ProseMirrorNode): boolean {
  let empty = true;
  block.forEach((child) => {
    if (child.type.name === 'groupRoles') return;
    if (child.type.name === 'paragraph' && child.content.size === 0) return;
    empty = false;
  });
  return empty;
}

function hintDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((block, blockPos) => {
    const hint = block.attrs.hint as string | null | undefined;
    if (!hint || !isGuideBlockEmpty(block)) return;
    let done = false;
    block.forEach((child, childOffset) => {
      if (done || child.type.name !== 'paragraph') return;
      const from = blockPos + 1 + childOffset;
      decorations.push(Decoration.node(from, from + child.nodeSize, { class: 'block-hint', 'data-hint': hint }));
      done = true;
    });
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows the template's hint (what belongs in this block) greyed in the first empty paragraph
 * of an empty block, like a placeholder; it disappears as soon as the block has content.
 * A plugin of its own because Tiptap's Placeholder cannot see the enclosing block's attrs.
 */
export const BlockHint = Extension.create({
  name: 'blockHint',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: blockHintKey,
        state: {
          init: (_config, state) => hintDecorations(state.doc),
          apply: (transaction, previous) => (transaction.docChanged ? hintDecorations(transaction.doc) : previous),
        },
        props: {
          decorations(state) {
            return blockHintKey.getState(state) as DecorationSet;
          },
        },
      }),
    ];
  },
});
