import { stat } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { logger } from '../logger.ts';

const log = logger.child({ module: 'wal-checkpointer' });

/**
 * Checkpoints a WAL-mode SQLite database from a worker thread with its own connection.
 *
 * SQLite's automatic checkpoint runs inside whichever commit crosses the threshold: that commit
 * then copies the WAL back into the database file and fsyncs both, milliseconds during which
 * the server's event loop is blocked (the update log is appended synchronously, once per
 * document update). Run here, the checkpoint copies and syncs beside the event loop, and the
 * commits on the main connection only write the WAL, as before. Durability is unchanged: a
 * commit is in the WAL before it returns either way; the checkpoint only moves committed pages.
 *
 * PASSIVE checkpoints never block the writer. The main connection keeps a (much higher)
 * automatic checkpoint of its own, so the WAL stays bounded if this thread ever falls behind.
 */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

/** Pages after which the main connection checkpoints by itself (SQLite's default is 1000). */
export const fallbackAutoCheckpointPages = 20_000;

// Plain JavaScript, so the worker needs no TypeScript loader (it runs under tsx and vitest alike).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = NORMAL');
let failed = false;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failed = false;
  } catch (error) {
    // Busy or locked: the next tick tries again (and the main connection's own automatic
    // checkpoint still bounds the WAL). Report a lasting failure once.
    if (!failed) parentPort.postMessage({ type: 'error', message: String(error && error.message) });
    failed = true;
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** How often the main thread looks whether the WAL has been written to, until the worker starts. */
const firstWriteCheckMs = 1000;

/**
 * The worker starts once the WAL holds something: a thread of its own (with its own V8 heap
 * and SQLite connection) is about 9 MB of resident memory, which a server nobody writes to
 * does not need. Until then the main thread only reads the WAL file's size once a second.
 */
export function startWalCheckpointer(file: string, intervalMs = 200): WalCheckpointer {
  let worker: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  const startWorker = () => {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(workerSource, { eval: true, workerData: { file, driver, intervalMs } });
    worker.unref();
    worker.on('message', (message: { type: string; message?: string }) => {
      if (message.type === 'error') log.warn(`WAL checkpoint failed: ${message.message}`);
    });
    worker.on('error', (error) => log.warn({ err: error }, `WAL checkpointer stopped: ${error.message}`));
    const started = worker;
    exited = new Promise<void>((resolve) => started.once('exit', () => resolve()));
  };
  let stopping: Promise<void> | null = null;
  const firstWrite = setInterval(() => {
    stat(`${file}-wal`, (error, wal) => {
      if (error || wal.size === 0 || worker || stopping) return;
      clearInterval(firstWrite);
      startWorker();
    });
  }, firstWriteCheckMs);
  firstWrite.unref();
  return {
    stop() {
      stopping ??= (async () => {
        clearInterval(firstWrite);
        if (!worker) return;
        // Held while stopping: with nothing else left (a script closing its database), an
        // unreferenced worker and timer would let the process exit before this resolves.
        worker.ref();
        worker.postMessage('stop');
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, 2000);
        });
        await Promise.race([exited, timeout]);
        clearTimeout(timer);
        await worker.terminate();
      })();
      return stopping;
    },
  };
}
