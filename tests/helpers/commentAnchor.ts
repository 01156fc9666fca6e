import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { anchorForRange, type CommentAnchor } from '../../shared/comments/anchors.ts';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';

/** Anchors the first occurrence of `text` in a client's copy of the document, as the editor would. */
export function anchorOn(doc: Y.Doc, text: string): CommentAnchor {
  const { doc: pmDoc } = initProseMirrorDoc(doc.getXmlFragment(contentFragmentName), guideSchema());
  let from = -1;
  pmDoc.descendants((node, pos) => {
    if (from >= 0) return false;
    if (node.isTextblock && node.textContent.includes(text)) {
      from = pos + 1 + node.textContent.indexOf(text);
      return false;
    }
    return true;
  });
  if (from < 0) throw new Error(`${text} not found`);
  return anchorForRange(doc, from, from + text.length);
}
