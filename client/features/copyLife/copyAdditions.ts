import { Extension, type Editor, type JSONContent } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import { additionDecorations } from './additionDecorations.ts';

interface AdditionsState {
  base: JSONContent | null;
  decorations: DecorationSet;
}

export const copyAdditionsKey = new PluginKey<AdditionsState>('copyAdditions');

/**
 * Marks a class copy's additions against its base final while the teacher edits: the marks
 * follow every local and remote change. The base arrives later (it is fetched), through
 * `setAdditionsBase`.
 */
export const CopyAdditions = Extension.create({
  name: 'copyAdditions',

  addProseMirrorPlugins() {
    return [
      new Plugin<AdditionsState>({
        key: copyAdditionsKey,
        state: {
          init: () => ({ base: null, decorations: DecorationSet.empty }),
          apply(transaction, value, _oldState, newState) {
            const meta = transaction.getMeta(copyAdditionsKey) as { base: JSONContent | null } | undefined;
            const base = meta ? meta.base : value.base;
            if (!base) return { base: null, decorations: DecorationSet.empty };
            if (!meta && !transaction.docChanged) return value;
            return { base, decorations: additionDecorations(newState.doc, base) };
          },
        },
        props: {
          decorations: (state) => copyAdditionsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** Gives the editor the base final's content to mark additions against (null clears the marks). */
export function setAdditionsBase(editor: Editor, base: JSONContent | null): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(copyAdditionsKey, { base }).setMeta('addToHistory', false));
}
