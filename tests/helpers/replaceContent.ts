import type { JSONContent } from '@tiptap/core';
import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { contentFragmentName, guideSchema } from '../../shared/editor/schema.ts';

/** Rewrites a synced Y.Doc's content to this JSON with the minimal update an editor would send. */
export function replaceContent(doc: Y.Doc, json: JSONContent): void {
  const node = guideSchema().nodeFromJSON(json);
  node.check();
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment(contentFragmentName), node, { mapping: new Map(), isOMark: new Map() });
  });
}
