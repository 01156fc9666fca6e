import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';
import { checkSuggestionOnlyChange, type SuggestionCheck } from '../../shared/suggestions/suggestionOnlyChange.ts';

/** A scratch copy of a live document, kept equal to it, and its content as ProseMirror. */
interface Mirror {
  doc: Y.Doc;
  /** The mirror's content, or null after it changed. */
  content: ProseMirrorNode | null;
}

function content(mirror: Mirror): ProseMirrorNode {
  mirror.content ??= yXmlFragmentToProseMirrorRootNode(mirror.doc.getXmlFragment(contentFragmentName), guideSchema());
  return mirror.content;
}

/**
 * Whether an update from a suggest-only teacher only adds suggestions: it is applied to a
 * scratch copy of the document (never to the document itself), and rejecting every
 * suggestion before and after must give the same content (see checkSuggestionOnlyChange).
 * An update that cannot be integrated completely (it builds on changes the server never
 * accepted) is refused as well.
 *
 * The scratch copy is kept per document and follows every change of it, so a check costs
 * one apply and one conversion instead of a copy of the whole document; only a refused
 * update (which the copy has taken in) makes it start over from the document.
 */
export class SuggestionChecker {
  private readonly mirrors = new WeakMap<Y.Doc, Mirror>();

  check(document: Y.Doc, update: Uint8Array, author: string): SuggestionCheck {
    const mirror = this.mirrorOf(document);
    const before = content(mirror);
    Y.applyUpdate(mirror.doc, update);
    const store = mirror.doc.store;
    const verdict: SuggestionCheck =
      store.pendingStructs || store.pendingDs
        ? { ok: false, reason: 'not-a-suggestion', message: '这次修改基于未被接受的修改，请刷新后再提建议' }
        : checkSuggestionOnlyChange(before, content(mirror), author);
    if (!verdict.ok) this.forget(document);
    return verdict;
  }

  private mirrorOf(document: Y.Doc): Mirror {
    const existing = this.mirrors.get(document);
    if (existing) return existing;
    const doc = new Y.Doc({ gc: document.gc });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
    const mirror: Mirror = { doc, content: null };
    doc.on('update', () => {
      mirror.content = null;
    });
    const follow = (change: Uint8Array) => Y.applyUpdate(doc, change);
    document.on('update', follow);
    doc.on('destroy', () => document.off('update', follow));
    this.mirrors.set(document, mirror);
    return mirror;
  }

  private forget(document: Y.Doc) {
    this.mirrors.get(document)?.doc.destroy();
    this.mirrors.delete(document);
  }
}
