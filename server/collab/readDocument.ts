import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { yDocToJson } from '../../shared/editor/schema.ts';
import type { AppContext } from '../http/appContext.ts';

/**
 * A living document's content as ProseMirror JSON: from memory when it is open (it may
 * hold updates a moment newer than the last read), otherwise from the store.
 */
export function readDocumentJson(app: Pick<AppContext, 'hocuspocus' | 'docStore'>, docName: string): JSONContent | null {
  const open = app.hocuspocus.documents.get(docName);
  if (open) return yDocToJson(open);
  const state = app.docStore.loadMerged(docName);
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}
