import { Worker } from 'node:worker_threads';
import type { LabelSynonyms } from '../../shared/import/labelMapping.ts';
import { ApiError, type ErrorStatus } from '../errors.ts';
import { logger } from '../logger.ts';
import { checkDocxFile } from './checkDocxFile.ts';
import type { ReadGuide } from './readGuideParts.ts';
import { unpackDocx } from './unpackDocx.ts';

const log = logger.child({ module: 'docx-parse-worker' });

/** What one parse may take: the worker's heap and the wall time of one file. */
export const docxParseLimits = { heapMb: 256, timeoutMs: 30_000 };

type ParseAnswer = { read: ReadGuide } | { refused: { status: ErrorStatus; code: string; message: string } } | { failed: string };

const tooComplex = () => new ApiError(422, 'docx_too_complex', '文件过于复杂，无法在限定的时间和内存内读取；请拆分后再导入');

// The worker's entry is a TypeScript file next to this one when the server runs from its
// sources (tsx), and the compiled docxParseWorker.js beside the bundle otherwise
// (scripts/buildServer.mjs builds it as an entry of its own). Worker threads do not inherit
// tsx's loader, so from the sources the worker registers it before importing its entry.
const fromSources = import.meta.url.endsWith('.ts');
const workerBoot = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.entry);
})();
`;

function startWorker(): Worker {
  const entry = new URL(fromSources ? './docxParseWorker.ts' : './docxParseWorker.js', import.meta.url).href;
  const loader = fromSources ? import.meta.resolve('tsx/esm/api') : null;
  const worker = new Worker(workerBoot, {
    eval: true,
    workerData: { entry, loader },
    resourceLimits: { maxOldGenerationSizeMb: docxParseLimits.heapMb },
  });
  worker.unref();
  return worker;
}

/**
 * Two parse threads at most (imports already run two at a time, unpackDocx), started on the
 * first import and kept: a teacher's file is parsed beside the event loop, so a long file
 * never holds up everyone else's editing. A thread that runs out of memory or time is ended
 * and the next import starts a fresh one.
 */
const idle: Worker[] = [];

function parseOnWorker(files: Map<string, Uint8Array>, synonyms: LabelSynonyms): Promise<ReadGuide> {
  const worker = idle.pop() ?? startWorker();
  // Only the XML parts and the pictures travel (copies; the unpacked buffers stay here).
  return new Promise<ReadGuide>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep && idle.length < 2) idle.push(worker);
      else void worker.terminate();
      outcome();
    };
    const onMessage = (answer: ParseAnswer) => {
      if ('read' in answer) finish(true, () => resolve(answer.read));
      else if ('refused' in answer) finish(true, () => reject(new ApiError(answer.refused.status, answer.refused.code, answer.refused.message)));
      else finish(true, () => reject(new Error(answer.failed)));
    };
    const onError = (error: Error & { code?: string }) => {
      log.warn({ err: error }, `Word parse worker failed: ${error.message}`);
      finish(false, () => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error));
    };
    const onExit = (code: number) => finish(false, () => reject(new Error(`Word parse worker exited with ${code}`)));
    const timer = setTimeout(() => finish(false, () => reject(tooComplex())), docxParseLimits.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ files, synonyms });
  });
}

/**
 * readGuideDocx with the parse (XML, classify, assemble, schema check) on a worker thread:
 * the file is checked and unpacked within limits here (zlib already works on the thread
 * pool), then parsed beside the event loop, within a heap limit and a deadline (422
 * docx_too_complex past either). At most two files at a time, eight more wait (429 past
 * that). Same answers and errors as readGuideDocx.
 */
export async function readGuideDocxInWorker(bytes: Uint8Array, synonyms: LabelSynonyms): Promise<ReadGuide> {
  return unpackDocx(bytes, checkDocxFile(bytes), (files) => parseOnWorker(files, synonyms));
}
