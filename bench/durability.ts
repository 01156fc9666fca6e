// What SQLITE_SYNCHRONOUS=FULL costs against NORMAL, side by side in one run on this machine's
// disk: (1) the update-log append alone, one keystroke's update per commit as the server writes
// it (DocStore.appendSync), and (2) an acknowledged keystroke end to end: a client sends one
// character to a real server and waits for the server's acknowledgement, which Hocuspocus
// sends only after the append has committed. The two settings alternate in blocks so neither
// always runs on a warmer (or busier) machine.
//
//   npm run bench:durability [-- --quick]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { openDatabase, type DatabaseHandle } from '../server/db/client.ts';
import { migrate } from '../server/db/migrate.ts';
import { DocStore } from '../server/db/repos/docStore.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { acknowledgedWriter } from './lib/acknowledgedWriter.ts';
import { median, percentile } from './lib/percentile.ts';
import { startBenchServer, type BenchServer } from './lib/servers.ts';

export type Synchronous = 'NORMAL' | 'FULL';
const settings: Synchronous[] = ['NORMAL', 'FULL'];

export interface LatencyFigures {
  samples: number;
  medianMs: number;
  p95Ms: number;
  perSecond: number;
}

export interface DurabilityResult {
  appends: Record<Synchronous, LatencyFigures>;
  keystrokes: Record<Synchronous, LatencyFigures>;
  /** FULL over NORMAL, median and p95. */
  appendRatio: { median: number; p95: number };
  keystrokeRatio: { median: number; p95: number };
  loadAverage: number[];
}

const round = (value: number, digits = 3) => Number(value.toFixed(digits));

function figures(samples: number[]): LatencyFigures {
  const total = samples.reduce((sum, value) => sum + value, 0);
  return { samples: samples.length, medianMs: round(median(samples)), p95Ms: round(percentile(samples, 95)), perSecond: Math.round((samples.length / total) * 1000) };
}

/** Runs `blocks` blocks of each setting, alternating which goes first. */
async function alternate(blocks: number, run: (setting: Synchronous) => Promise<void>): Promise<void> {
  for (let block = 0; block < blocks; block += 1) {
    for (const setting of block % 2 === 0 ? settings : [...settings].reverse()) await run(setting);
  }
}

/** One keystroke's update per commit, appended the way the server appends a client's update. */
async function appendLatencies(perSetting: number, blocks: number): Promise<Record<Synchronous, number[]>> {
  const opened: { setting: Synchronous; dataDir: string; database: DatabaseHandle; store: DocStore; text: Y.XmlText; doc: Y.Doc }[] = [];
  try {
    for (const setting of settings) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `daoxuean-durability-${setting.toLowerCase()}-`));
      const database = openDatabase({ DATA_DIR: dataDir, DATABASE_URL: undefined, SQLITE_SYNCHRONOUS: setting });
      await migrate(database.db as never, database.dialect);
      const doc = new Y.Doc();
      const text = new Y.XmlText();
      doc.getXmlFragment('default').push([text]);
      opened.push({ setting, dataDir, database, store: new DocStore(database.sqlite!), text, doc });
    }
    const samples: Record<Synchronous, number[]> = { NORMAL: [], FULL: [] };
    await alternate(blocks, async (setting) => {
      const target = opened.find((entry) => entry.setting === setting)!;
      for (let index = 0; index < perSetting / blocks; index += 1) {
        const before = Y.encodeStateVector(target.doc);
        target.text.insert(target.text.length, '学');
        const update = Y.encodeStateAsUpdate(target.doc, before);
        const started = performance.now();
        target.store.appendSync('guide:durability', update);
        samples[setting].push(performance.now() - started);
      }
    });
    return samples;
  } finally {
    for (const entry of opened) {
      await entry.database.close();
      rmSync(entry.dataDir, { recursive: true, force: true });
    }
  }
}

/** A client typing into the seeded guide, one character at a time, each waiting for its acknowledgement. */
async function typist(server: BenchServer) {
  const { text, send, close } = await acknowledgedWriter(server, 4242);
  return { keystroke: () => send(() => text.insert(text.length, '字')), close };
}

async function keystrokeLatencies(perSetting: number, blocks: number): Promise<Record<Synchronous, number[]>> {
  const servers: BenchServer[] = [];
  try {
    const typists = {} as Record<Synchronous, Awaited<ReturnType<typeof typist>>>;
    for (const setting of settings) {
      const server = await startBenchServer('daoxuean', { SQLITE_SYNCHRONOUS: setting });
      servers.push(server);
      typists[setting] = await typist(server);
      // Warm-up: the first keystrokes load the guide and JIT the path.
      for (let index = 0; index < 20; index += 1) await typists[setting].keystroke();
    }
    const samples: Record<Synchronous, number[]> = { NORMAL: [], FULL: [] };
    await alternate(blocks, async (setting) => {
      for (let index = 0; index < perSetting / blocks; index += 1) samples[setting].push(await typists[setting].keystroke());
    });
    for (const setting of settings) typists[setting].close();
    return samples;
  } finally {
    for (const server of servers) await server.stop();
  }
}

export async function durability(quick = false): Promise<DurabilityResult> {
  const appendSamples = await appendLatencies(quick ? 400 : 2000, 4);
  const keystrokeSamples = await keystrokeLatencies(quick ? 200 : 600, 4);
  const appends = { NORMAL: figures(appendSamples.NORMAL), FULL: figures(appendSamples.FULL) };
  const keystrokes = { NORMAL: figures(keystrokeSamples.NORMAL), FULL: figures(keystrokeSamples.FULL) };
  const ratio = (of: Record<Synchronous, LatencyFigures>) => ({
    median: round(of.FULL.medianMs / of.NORMAL.medianMs, 2),
    p95: round(of.FULL.p95Ms / of.NORMAL.p95Ms, 2),
  });
  return { appends, keystrokes, appendRatio: ratio(appends), keystrokeRatio: ratio(keystrokes), loadAverage: os.loadavg().map((value) => round(value, 2)) };
}

/** The side-by-side table for the README and latest.md. */
export function durabilityTable(result: DurabilityResult): string {
  const row = (what: string, of: Record<Synchronous, LatencyFigures>, ratio: { median: number; p95: number }) =>
    `| ${what} | ${of.NORMAL.medianMs} / ${of.NORMAL.p95Ms} | ${of.FULL.medianMs} / ${of.FULL.p95Ms} | ${ratio.median}x / ${ratio.p95}x | ${of.NORMAL.perSecond} / ${of.FULL.perSecond} |`;
  return [
    '| per update | NORMAL median / p95 ms | FULL median / p95 ms | FULL ÷ NORMAL (median / p95) | per second NORMAL / FULL |',
    '|---|---|---|---|---|',
    row(`update-log append (${result.appends.NORMAL.samples} each)`, result.appends, result.appendRatio),
    row(`acknowledged keystroke (${result.keystrokes.NORMAL.samples} each)`, result.keystrokes, result.keystrokeRatio),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('bench/durability.ts', {});
  const result = await durability(benchArgs.quick);
  console.log(JSON.stringify(result));
  console.log(durabilityTable(result));
  console.log(`load average during the run: ${result.loadAverage.join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
}
