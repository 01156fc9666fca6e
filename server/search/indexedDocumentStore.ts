import type { DocumentStore } from '../db/repos/documentStore.ts';
import type { SearchIndexer } from './searchIndexer.ts';

/**
 * The document store, telling the search index about every document whose log grew: the
 * index follows exactly what is stored (a client's edit, a merge, an accepted suggestion, a
 * new guide or copy), whichever path wrote it.
 */
export function indexedDocumentStore(store: DocumentStore, indexer: Pick<SearchIndexer, 'touched'>): DocumentStore {
  const appendSync = store.appendSync;
  return {
    appendSync: appendSync
      ? (docName, update) => {
          appendSync(docName, update);
          indexer.touched(docName);
        }
      : undefined,
    append: async (docName, update) => {
      await store.append(docName, update);
      indexer.touched(docName);
    },
    load: (docName) => store.load(docName),
    loadMerged: (docName) => store.loadMerged(docName),
    create: async (docName, state) => {
      await store.create(docName, state);
      indexer.touched(docName);
    },
    compact: (docName) => store.compact(docName),
  };
}
