import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { nodeSuggestionOf } from '../../shared/suggestions/nodeSuggestions.ts';
import i18next from '../i18n/index.ts';
import { colorForUser } from './collab/colorForUser.ts';
import { describeChange } from './describeChange.ts';

const key = new PluginKey<DecorationSet>('nodeSuggestionDecorations');

/** A node decoration's attributes for a node that carries a suggestion, or null. */
function suggestionAttributes(node: ProseMirrorNode): Record<string, string> | null {
  const suggestion = nodeSuggestionOf(node);
  if (!suggestion) return null;
  const changes = Object.entries(suggestion.old ?? {})
    .map(([name, from]) => describeChange(i18next.t.bind(i18next), { name, from, to: node.attrs[name] }))
    .join('；');
  const label = i18next.t(`suggestions.kinds.${suggestion.kind}`);
  return {
    class: `node-suggestion is-${suggestion.kind}`,
    style: `--suggest-color: ${colorForUser(suggestion.author)}`,
    'data-suggestion': suggestion.kind,
    'data-suggestion-id': suggestion.id,
    'data-author': suggestion.author,
    'data-created-at': suggestion.createdAt,
    'data-suggestion-label': changes ? `${label}：${changes}` : label,
  };
}

/** A suggestion's decoration inside a node, its positions counted from the node's start. */
interface Found {
  from: number;
  to: number;
  attrs: Record<string, string>;
}

const none: readonly Found[] = [];

/**
 * What each node holds, kept per node: ProseMirror documents share every unchanged node with
 * the document before, so after a keystroke (or another teacher's, which the collaboration
 * binding applies as a new document) only the changed block's path is walked again, not the
 * 30 pages. Labels are in the interface's language: a language change or newly arrived
 * messages start afresh.
 */
let foundByNode = new WeakMap<ProseMirrorNode, readonly Found[]>();
let forgetsOnLanguage = false;

function foundWithin(node: ProseMirrorNode): readonly Found[] {
  const own = suggestionAttributes(node);
  if (node.isLeaf) return own ? [{ from: 0, to: node.nodeSize, attrs: own }] : none;
  const known = foundByNode.get(node);
  if (known) return known;
  const found: Found[] = own ? [{ from: 0, to: node.nodeSize, attrs: own }] : [];
  node.forEach((child, offset) => {
    for (const inner of foundWithin(child)) found.push({ from: inner.from + offset + 1, to: inner.to + offset + 1, attrs: inner.attrs });
  });
  const result = found.length > 0 ? found : none;
  foundByNode.set(node, result);
  return result;
}

function decorations(doc: ProseMirrorNode): DecorationSet {
  if (!forgetsOnLanguage) {
    forgetsOnLanguage = true;
    const forget = () => {
      foundByNode = new WeakMap();
    };
    i18next.on('languageChanged', forget);
    i18next.store.on('added', forget);
  }
  const found: Decoration[] = [];
  doc.forEach((child, offset) => {
    for (const inner of foundWithin(child)) found.push(Decoration.node(offset + inner.from, offset + inner.to, inner.attrs));
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
