import * as Y from 'yjs';
import type { StoredDocument } from './documentStore.ts';

/**
 * Merges a stored state and its log into one update by applying them to a scratch Y.Doc.
 * `Y.mergeUpdates` gives the same document but grows quadratically with the number of
 * small updates (minutes for a 50,000-update log); a Y.Doc integrates them in one pass,
 * and its encoding drops the content of deleted text.
 */
export function mergeStored(stored: StoredDocument): Uint8Array {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
  });
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
