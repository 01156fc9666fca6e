import type { Extension, onLoadDocumentPayload, afterUnloadDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocStore } from '../db/repos/docStore.ts';

/**
 * Durability: every update to a loaded document is appended to the update log inside the
 * Y.Doc's own `update` event. That event fires synchronously inside `Y.applyUpdate`, and
 * Hocuspocus acknowledges an update (SyncStatus) only after `applyUpdate` returns, so an
 * acknowledged edit is always on disk. Hocuspocus' debounced onStoreDocument is not used
 * for durability; the log is compacted in the background instead.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'persistence';

  private readonly pendingCompactions = new Map<string, NodeJS.Timeout>();
  private readonly appendedSinceCompaction = new Map<string, number>();

  constructor(
    private readonly store: DocStore,
    private readonly compactAfterUpdates: number,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
    const stored = this.store.load(documentName);
    if (!stored.state && stored.updates.length === 0) {
      throw Object.assign(new Error(`No document ${documentName}`), { reason: 'not-found' });
    }
    Y.transact(document, () => {
      if (stored.state) Y.applyUpdate(document, stored.state);
      for (const update of stored.updates) Y.applyUpdate(document, update.bytes);
    });
    this.appendedSinceCompaction.set(documentName, stored.updates.length);
    // Attached after the stored state is applied, so loading does not append it again.
    document.on('update', (update: Uint8Array) => {
      this.store.append(documentName, update);
      const count = (this.appendedSinceCompaction.get(documentName) ?? 0) + 1;
      this.appendedSinceCompaction.set(documentName, count);
      if (count >= this.compactAfterUpdates) this.scheduleCompaction(documentName);
    });
    if (stored.updates.length >= this.compactAfterUpdates) this.scheduleCompaction(documentName);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.scheduleCompaction(documentName);
  }

  async onDestroy() {
    for (const [documentName, timer] of this.pendingCompactions) {
      clearTimeout(timer);
      this.compactNow(documentName);
    }
    this.pendingCompactions.clear();
  }

  /** Compaction runs off the message path, a moment after the trigger. */
  private scheduleCompaction(documentName: string) {
    if (this.pendingCompactions.has(documentName)) return;
    const timer = setTimeout(() => {
      this.pendingCompactions.delete(documentName);
      this.compactNow(documentName);
    }, 50);
    timer.unref();
    this.pendingCompactions.set(documentName, timer);
  }

  private compactNow(documentName: string) {
    try {
      this.store.compact(documentName);
      this.appendedSinceCompaction.set(documentName, 0);
    } catch (error) {
      // The log is still complete; the next trigger tries again.
      console.error(`Compaction of ${documentName} failed`, error);
    }
  }
}
