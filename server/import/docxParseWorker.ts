// The Word import's parse on a worker thread (see readGuideDocxInWorker.ts): each message is
// one file's unpacked parts; the answer is what readGuideParts made of them, or the ApiError
// it threw as plain data.
import { parentPort } from 'node:worker_threads';
import type { LabelSynonyms } from '../../shared/import/labelMapping.ts';
import { ApiError } from '../errors.ts';
import { readGuideParts } from './readGuideParts.ts';

interface ParseRequest {
  files: Map<string, Uint8Array>;
  synonyms: LabelSynonyms;
}

parentPort?.on('message', ({ files, synonyms }: ParseRequest) => {
  try {
    parentPort?.postMessage({ read: readGuideParts(files, synonyms) });
  } catch (error) {
    if (error instanceof ApiError) parentPort?.postMessage({ refused: { status: error.status, code: error.code, message: error.message } });
    else parentPort?.postMessage({ failed: String((error as Error | null)?.message ?? error) });
  }
});
