// Cold load of a guide whose update log holds 50,000 updates, before and after compaction,
// through the same DocStore the server uses (load = state + log, applied in one transaction).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { openDatabase } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { DocStore } from '../server/db/repos/docStore.ts';
import { median } from './lib/percentile.ts';

export interface ColdLoadResult {
  updates: number;
  beforeCompactionMs: number;
  afterCompactionMs: number;
  compactionMs: number;
}

async function loadOnce(store: DocStore, docName: string): Promise<number> {
  const started = performance.now();
  const stored = await store.load(docName);
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update.bytes);
  });
  const elapsed = performance.now() - started;
  doc.destroy();
  return elapsed;
}

export async function coldLoad(updates = 50_000, repeats = 5): Promise<ColdLoadResult> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'daoxuean-coldload-'));
  const database = openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined });
  try {
    await migrate(database.db as never, database.dialect);
    const store = new DocStore(database.sqlite!);
    const docName = 'guide:coldload';
    const writer = new Y.Doc();
    const text = new Y.XmlText();
    writer.on('update', (update: Uint8Array) => store.appendSync(docName, update));
    writer.getXmlFragment('default').push([text]);
    for (let index = 1; index < updates; index += 1) {
      // Typing with the odd correction, as a teacher would.
      if (index % 9 === 0 && text.length > 0) text.delete(text.length - 1, 1);
      else text.insert(text.length, '学');
    }
    const before = median(await sequence(repeats, () => loadOnce(store, docName)));
    const compactStarted = performance.now();
    await store.compact(docName);
    const compactionMs = performance.now() - compactStarted;
    const after = median(await sequence(repeats, () => loadOnce(store, docName)));
    return { updates, beforeCompactionMs: round(before), afterCompactionMs: round(after), compactionMs: round(compactionMs) };
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function sequence(times: number, run: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run());
  return results;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await coldLoad());
