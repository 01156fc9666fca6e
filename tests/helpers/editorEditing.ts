import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { suggestionModeKey, suggestionModePlugin } from '../../shared/editor/extensions/suggestionMode.ts';
import { contentFragmentName } from '../../shared/editor/schema.ts';
import { editorContent } from './editorTyping.ts';

/**
 * Makes a change as the editor does: a ProseMirror transaction built by `build`, in suggestion
 * mode for `suggestingAs` (a user id) or directly (null), written into the Y.Doc with y-tiptap's
 * `updateYFragment` like the editor's binding. Returns the editor's content afterwards.
 */
export function editInEditor(
  doc: Y.Doc,
  suggestingAs: string | null,
  build: (tr: Transaction, content: ProseMirrorNode) => void,
): ProseMirrorNode {
  let state = EditorState.create({ doc: editorContent(doc), plugins: [suggestionModePlugin()] });
  if (suggestingAs) state = state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author: suggestingAs }));
  const tr = state.tr;
  build(tr, state.doc);
  const next = state.applyTransaction(tr).state;
  updateYFragment(doc, doc.getXmlFragment(contentFragmentName), next.doc, { mapping: new Map(), isOMark: new Map() });
  return next.doc;
}

/** Where the node with this `id` attribute starts, and the node. */
export function nodeWithId(doc: ProseMirrorNode, id: string): { pos: number; node: ProseMirrorNode } {
  let found: { pos: number; node: ProseMirrorNode } | null = null;
  doc.descendants((node, pos) => {
    if (!found && node.attrs.id === id) found = { pos, node };
    return !found;
  });
  if (!found) throw new Error(`No node with id ${id}`);
  return found;
}
