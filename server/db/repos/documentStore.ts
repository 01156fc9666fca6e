/** A document's stored state and the log after it. */
export interface StoredDocument {
  /** The compacted state, or null for a document that was never compacted. */
  state: Uint8Array | null;
  /** Updates appended since, oldest first. */
  updates: { id: number; bytes: Uint8Array }[];
}

/**
 * Where living Y.Docs are kept: a compacted state per document plus an append-only log of
 * the updates after it. A client's update is appended before it is applied (and so before
 * Hocuspocus acknowledges it); on SQLite, updates made on the server are appended
 * synchronously inside the Y.Doc's `update` event.
 */
export interface DocumentStore {
  /** Present when appends can run synchronously inside the Y.Doc's update event. */
  appendSync?: (docName: string, update: Uint8Array) => void;
  /** Resolves once the update is in the log. */
  append(docName: string, update: Uint8Array): Promise<void>;
  load(docName: string): Promise<StoredDocument>;
  /** The whole state as one update, or null when there is no such document. */
  loadMerged(docName: string): Promise<Uint8Array | null>;
  /** Writes a new document's first state (through the log, like every later update). */
  create(docName: string, state: Uint8Array): Promise<void>;
  /** Merges the log into the stored state. */
  compact(docName: string): Promise<{ merged: number }>;
}
