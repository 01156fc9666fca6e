/**
 * Benchmark: reading a teacher's Word guide must feel immediate (goal: every file of the
 * import's development corpus under 1 s). For each .docx of tests/fixtures/import-corpus it
 * times the read as the server does it, readGuideDocxInWorker (check, unpack within limits on
 * the main thread, then on a parse thread: read the XML parts, classify and assemble, validate
 * against the schema, and the answer back), and beside it the same read on the calling thread
 * (readGuideDocx), and prints the median and the slowest run per file. Run with
 * `npx tsx bench/importCorpus.bench.ts` (`--quick` for a short run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGuideDocx } from '../server/import/readGuideDocx.ts';
import { readGuideDocxInWorker } from '../server/import/readGuideDocxInWorker.ts';
import { defaultLabelSynonyms } from '../shared/import/labelMapping.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median } from './lib/percentile.ts';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/import-corpus');
const files = readdirSync(corpus).filter((file) => file.endsWith('.docx')).sort();
const warmUp = benchArgs.quick ? 1 : 3;
const runs = benchArgs.quick ? 3 : 15;
stopIfDryRun('bench/importCorpus.bench.ts', { files: files.length, warmUp, runs });

let slowest = 0;
/** Each run's time of one way of reading a file, after warming up. */
async function times(read: () => Promise<unknown>): Promise<number[]> {
  for (let run = 0; run < warmUp; run += 1) await read();
  const taken: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await read();
    taken.push(performance.now() - start);
  }
  return taken;
}

console.log(`Word import: ${files.length} files, ${runs} runs each (ms); on a parse thread as the server reads, and on the calling thread`);
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(path.join(corpus, file)));
  const inWorker = await times(() => readGuideDocxInWorker(bytes, defaultLabelSynonyms));
  const inline = await times(() => readGuideDocx(bytes, defaultLabelSynonyms));
  const max = Math.max(...inWorker);
  slowest = Math.max(slowest, max);
  console.log(
    `  ${file.padEnd(48)} thread median ${median(inWorker).toFixed(1).padStart(6)}  max ${max.toFixed(1).padStart(6)}` +
      `  | calling thread median ${median(inline).toFixed(1).padStart(6)}  (${(bytes.length / 1024).toFixed(0)} KB)`,
  );
}
console.log(`slowest run ${slowest.toFixed(1)} ms (goal < 1000 ms per file)`);
if (slowest >= 1000) process.exitCode = 1;
