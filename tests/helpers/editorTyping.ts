import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { suggestionModeKey, suggestionModePlugin } from '../../shared/editor/extensions/suggestionMode.ts';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';

const schema = guideSchema();

/** A Y.Doc's content as the editor shows it. */
export function editorContent(doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(contentFragmentName), schema);
}

/** The n-th textblock's content range. */
export function textblock(doc: ProseMirrorNode, n: number): { from: number; to: number; node: ProseMirrorNode } {
  const found: { from: number; to: number; node: ProseMirrorNode }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) found.push({ from: pos + 1, to: pos + 1 + node.content.size, node });
    return !node.isTextblock;
  });
  return found[n % found.length]!;
}

/** Whose suggested insertion each character is (null: plain text). */
export function suggestionAuthors(doc: ProseMirrorNode): Map<string, string | null> {
  const authors = new Map<string, string | null>();
  doc.descendants((node) => {
    if (!node.isText) return true;
    const insert = node.marks.find((mark) => mark.type.name === 'suggestInsert');
    for (const char of node.text!) authors.set(char, insert ? (insert.attrs.author as string) : null);
    return false;
  });
  return authors;
}

/**
 * Types `text` at `pos` as the editor does: a ProseMirror transaction, in suggestion mode for
 * `suggestingAs` (a user id) or directly (null), written into the Y.Doc with y-tiptap's
 * `updateYFragment` like the editor's binding. Returns the editor's content afterwards.
 */
export function typeInEditor(doc: Y.Doc, pos: number, text: string, suggestingAs: string | null): ProseMirrorNode {
  let state = EditorState.create({ doc: editorContent(doc), plugins: [suggestionModePlugin()] });
  if (suggestingAs) state = state.apply(state.tr.setMeta(suggestionModeKey, { enabled: true, author: suggestingAs }));
  const next = state.applyTransaction(state.tr.insertText(text, pos)).state;
  updateYFragment(doc, doc.getXmlFragment(contentFragmentName), next.doc, { mapping: new Map(), isOMark: new Map() });
  return next.doc;
}
