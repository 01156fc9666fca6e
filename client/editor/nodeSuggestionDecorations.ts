import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { nodeSuggestionOf } from '../../shared/suggestions/nodeSuggestions.ts';
import i18next from '../i18n/index.ts';
import { colorForUser } from './collab/colorForUser.ts';
import { describeChange } from './describeChange.ts';

const key = new PluginKey<DecorationSet>('nodeSuggestionDecorations');

function decorations(doc: ProseMirrorNode): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    const suggestion = nodeSuggestionOf(node);
    if (!suggestion) return true;
    const changes = Object.entries(suggestion.old ?? {})
      .map(([name, from]) => describeChange(i18next.t.bind(i18next), { name, from, to: node.attrs[name] }))
      .join('；');
    const label = i18next.t(`suggestions.kinds.${suggestion.kind}`);
    found.push(
      Decoration.node(pos, pos + node.nodeSize, {
        class: `node-suggestion is-${suggestion.kind}`,
        style: `--suggest-color: ${colorForUser(suggestion.author)}`,
        'data-suggestion': suggestion.kind,
        'data-suggestion-id': suggestion.id,
        'data-author': suggestion.author,
        'data-created-at': suggestion.createdAt,
        'data-suggestion-label': changes ? `${label}：${changes}` : label,
      }),
    );
    return true;
  });
  return DecorationSet.create(doc, found);
}

/**
 * Proposed blocks, questions, formulas and figures shown in place (see
 * shared/suggestions/nodeSuggestions.ts): outlined in the author's colour, a proposed deletion
 * struck through, a changed attribute named with its old and new value on the node's label.
 */
export const NodeSuggestionDecorations = Extension.create({
  name: 'nodeSuggestionDecorations',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => decorations(state.doc),
          apply: (tr, value) => (tr.docChanged ? decorations(tr.doc) : value),
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});
