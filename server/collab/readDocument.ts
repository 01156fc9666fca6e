import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { yDocToJson } from '../../shared/editor/schema.ts';
import type { AppContext } from '../appContext.ts';

/**
 * A living document's whole state as one update: from memory when it is open (it may hold
 * updates a moment newer than the last read), otherwise from the store.
 */
export async function readDocumentState(
  app: Pick<AppContext, 'hocuspocus' | 'docStore'>,
  docName: string,
): Promise<Uint8Array | null> {
  const open = app.hocuspocus.documents.get(docName);
  if (open) return Y.encodeStateAsUpdate(open);
  return app.docStore.loadMerged(docName);
}

/** The content of a Yjs state as ProseMirror JSON. */
export function stateToJson(state: Uint8Array): JSONContent {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const json = yDocToJson(doc);
  doc.destroy();
  return json;
}

/** A living document's content as ProseMirror JSON, or null when there is no such document. */
export function readDocumentJson(
  app: Pick<AppContext, 'hocuspocus' | 'docStore'>,
  docName: string,
): Promise<JSONContent | null> {
  return readYDoc(app, docName, yDocToJson);
}

/**
 * Runs `read` on a living document's Y.Doc: the open one when it is loaded, otherwise a
 * temporary copy from the store. `read` must not change it. Null when there is no document.
 */
export async function readYDoc<Result>(
  app: Pick<AppContext, 'hocuspocus' | 'docStore'>,
  docName: string,
  read: (doc: Y.Doc) => Result,
): Promise<Result | null> {
  const open = app.hocuspocus.documents.get(docName);
  if (open) return read(open);
  const state = await app.docStore.loadMerged(docName);
  if (!state) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}
