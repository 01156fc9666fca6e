import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';
import { checkSuggestionOnlyChange, type SuggestionCheck } from '../../shared/suggestions/suggestionOnlyChange.ts';

/**
 * Whether an update from a suggest-only teacher only adds suggestions: it is applied to a
 * scratch copy of the document (never to the document itself), and rejecting every
 * suggestion before and after must give the same content (see checkSuggestionOnlyChange).
 * An update that cannot be integrated completely (it builds on changes the server never
 * accepted) is refused as well.
 */
export function checkSuggestionUpdate(document: Y.Doc, update: Uint8Array, author: string): SuggestionCheck {
  const scratch = new Y.Doc({ gc: document.gc });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document));
    const schema = guideSchema();
    const fragment = scratch.getXmlFragment(contentFragmentName);
    const before = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) {
      return { ok: false, reason: 'not-a-suggestion', message: '这次修改基于未被接受的修改，请刷新后再提建议' };
    }
    const after = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    return checkSuggestionOnlyChange(before, after, author);
  } finally {
    scratch.destroy();
  }
}
