import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { createId } from '../createId.ts';
import { isBlockKind } from '../blockKinds.ts';

export const blockIdsKey = new PluginKey('blockIds');

/** Node types whose `id` must be present and unique in a document. */
export function idBearingTypes(schemaNodeNames: string[]): Set<string> {
  return new Set(schemaNodeNames.filter((name) => name === 'question' || isBlockKind(name)));
}

/**
 * Gives every block and question an id when it has none, and a new one when a paste
 * or a split duplicated an existing id. Runs only on local edits: remote changes
 * arrive already carrying their ids, and rewriting them here would make two clients
 * fight over the same attribute.
 */
export const BlockIds = Extension.create({
  name: 'blockIds',

  addProseMirrorPlugins() {
    const types = idBearingTypes(Object.keys(this.editor.schema.nodes));
    return [
      new Plugin({
        key: blockIdsKey,
        appendTransaction(transactions, _oldState, newState) {
          const local = transactions.some(
            (transaction) => transaction.docChanged && !transaction.getMeta(ySyncPluginKey),
          );
          if (!local) return null;
          const seen = new Set<string>();
          const tr = newState.tr;
          let changed = false;
          newState.doc.descendants((node, pos) => {
            if (!types.has(node.type.name)) return true;
            const id = node.attrs.id as string | null;
            if (id && !seen.has(id)) {
              seen.add(id);
              return true;
            }
            const fresh = createId();
            seen.add(fresh);
            tr.setNodeAttribute(pos, 'id', fresh);
            changed = true;
            return true;
          });
          if (!changed) return null;
          tr.setMeta('addToHistory', false);
          return tr;
        },
      }),
    ];
  },
});
