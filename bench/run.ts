// npm run bench: the figures of issue 20 (and issue 14's rich-content comparison), each side by
// side with its baseline in one run, alternating: edit-to-remote latency under load against bare
// Hocuspocus and y-websocket, idle memory, the sequential replay of a real editing trace, what a
// teacher feels in Chromium, the client's bundle per page, open guides, cold load and Word export.
// Writes bench/results/latest.json and latest.md. `--only a,b` runs some parts and keeps the
// others' last figures in the results: latency, idle, replay, browser, bundle, openGuides,
// scaleOut, coldLoad, docx, docxFirst.
//
// For a targeted look at latency: BENCH_EDITORS=500 BENCH_SERVERS=daoxuean,hocuspocus
// BENCH_ROUNDS=3 BENCH_DURATION_MS=5000 BENCH_LATENCY_ONLY=1 runs only those latency runs,
// prints their table and writes no results file. BENCH_PROFILE_DIR=dir writes a CPU profile of
// each server there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserBench, browserTable, type BrowserResult } from './browser.ts';
import { bundleSizes, type BundleSizes } from './bundleSize.ts';
import { coldLoad } from './coldLoad.ts';
import { docxExport } from './docxExport.ts';
import { docxFirstExport, type DocxFirstExportResult } from './docxFirstExport.ts';
import { idleMemory, idleMemoryTable, type IdleMemoryResult } from './idleMemory.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { runLatency, type LatencyRun } from './lib/latencyRun.ts';
import { median } from './lib/percentile.ts';
import { buildClient, repoRoot, type ServerKind } from './lib/servers.ts';
import { openGuides } from './openGuides.ts';
import { scaleOut, type ScaleOutResult } from './scaleOut.ts';
import { sequentialReplay, sequentialReplayTable, type SequentialReplayResult } from './sequentialReplay.ts';

const parts = ['latency', 'idle', 'replay', 'browser', 'bundle', 'openGuides', 'scaleOut', 'coldLoad', 'docx', 'docxFirst'] as const;
type Part = (typeof parts)[number];
const onlyArgument = process.argv.find((argument, index) => process.argv[index - 1] === '--only') ?? process.argv.find((argument) => argument.startsWith('--only='))?.slice(7);
const only = onlyArgument ? onlyArgument.split(',').filter((part): part is Part => (parts as readonly string[]).includes(part)) : [...parts];
const runs_ = (part: Part) => only.includes(part);

const { quick } = benchArgs;
const editorCounts = (process.env.BENCH_EDITORS ?? (quick ? '10,50' : '10,50,200,500')).split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 1 : 2));
const allServers: ServerKind[] = ['daoxuean', 'hocuspocus', 'y-websocket'];
const servers = process.env.BENCH_SERVERS
  ? process.env.BENCH_SERVERS.split(',').map((name) => {
      if (!allServers.includes(name as ServerKind)) throw new Error(`BENCH_SERVERS: unknown server ${name} (${allServers.join(', ')})`);
      return name as ServerKind;
    })
  : allServers;
const latencyOnly = process.env.BENCH_LATENCY_ONLY === '1';
const options = {
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? (quick ? 2000 : 3000)),
  durationMs: Number(process.env.BENCH_DURATION_MS ?? (quick ? 5000 : 10_000)),
  intervalMs: 250, // about 4 characters a second per editor
  workers: 2,
  observers: 2,
};

if (onlyArgument && only.length === 0) throw new Error(`--only: none of ${onlyArgument} is a part (${parts.join(', ')})`);
stopIfDryRun('bench/run.ts', { only, editorCounts, rounds, servers, latencyOnly, ...options });

const resultsDir = path.join(repoRoot, 'bench/results');
const resultsFile = path.join(resultsDir, 'latest.json');
// A partial run keeps the other parts' last figures.
const results: Record<string, unknown> = onlyArgument && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
const measuredAt = (results.measuredAt ?? {}) as Record<string, string>;
const loadAverages = (results.loadAverage ?? {}) as Record<string, number[]>;
const cpus = os.cpus().length;

/** Runs one part, noting when it ran and the machine's load average (1, 5, 15 min) at its end. */
async function part<T>(name: Part, run: () => Promise<T>): Promise<T | undefined> {
  if (!runs_(name)) return undefined;
  console.log(`\n== ${name}`);
  try {
    const value = await run();
    measuredAt[name] = new Date().toISOString();
    loadAverages[name] = os.loadavg().map((average) => Math.round(average * 100) / 100);
    return value;
  } catch (error) {
    // One part failing leaves the others' figures: the run goes on and exits with an error at the end.
    console.error(`${name} failed:`, error);
    failed.push(name);
    return undefined;
  }
}
const failed: Part[] = [];

const latencyRuns = await part('latency', async () => {
  const collected: LatencyRun[] = [];
  for (const editors of editorCounts) {
    for (let round = 0; round < rounds; round += 1) {
      // Alternate the order so no server always runs on a warmer (or hotter) machine.
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const run = await runLatency(server, editors, options);
        collected.push(run);
        console.log(JSON.stringify(run));
      }
    }
  }
  return collected;
});
if (latencyRuns) {
  results.options = options;
  results.runs = latencyRuns;
}
if (latencyOnly) {
  console.log(latencyTable((results.runs ?? []) as LatencyRun[]));
  process.exit(0);
}

const idle = await part('idle', () => idleMemory(quick));
if (idle) {
  results.idleRssMb = { daoxuean: idle.daoxuean, hocuspocus: idle.hocuspocus };
  results.idleMemory = idle;
}
const replay = await part('replay', () => sequentialReplay(quick));
if (replay) {
  results.sequentialReplay = { sqlite: replay.sqlite, postgres: replay.postgres, sqliteFull: replay.sqliteFull };
  results.sequentialReplayDetails = { transactions: replay.transactions, ...replay.details };
}
const bundle = await part('bundle', async () => {
  await buildClient();
  return bundleSizes();
});
if (bundle) results.bundle = bundle;
const browser = await part('browser', () => browserBench(quick));
if (browser) {
  const { richContent, runs, rounds: browserRounds } = browser;
  results.browserRuns = { rounds: browserRounds, runs };
  results.richContent = richContent;
  results.browser = { openMs: browser.openMs, keystrokeP95Ms: browser.keystrokeP95Ms };
}
if (results.browser && results.bundle) {
  const sizes = results.bundle as BundleSizes;
  results.browser = { ...(results.browser as object), bundleGzipKb: { login: sizes.gzipKb.login, editor: sizes.gzipKb.editor } };
}
const open = await part('openGuides', () => openGuides(quick ? 300 : 3000, 2));
if (open) results.openGuides = { guides: open.guides, editorsPerGuide: open.editorsPerGuide, rssMb: open.serverRssMb, idleRssMb: open.idleRssMb, serverCpu: open.serverCpu };
const instances = await part('scaleOut', () => scaleOut(quick));
if (instances) {
  results.scaleOut = { sameInstanceP95: instances.sameInstanceP95, crossInstanceP95: instances.crossInstanceP95 };
  results.scaleOutDetails = instances;
}
const load = await part('coldLoad', () => coldLoad(quick ? 10_000 : 50_000));
if (load) results.coldLoad = load;
const word = await part('docx', () => docxExport());
if (word) results.docxExport = word;
const firstWord = await part('docxFirst', () => docxFirstExport(quick));
if (firstWord) results.docxFirstExport = firstWord;

// Figures kept from a run before these names: the open guides' RSS under the issue's name.
const keptGuides = results.openGuides as { serverRssMb?: number; rssMb?: number } | undefined;
if (keptGuides && keptGuides.rssMb === undefined && keptGuides.serverRssMb !== undefined) results.openGuides = { ...keptGuides, rssMb: keptGuides.serverRssMb };

results.machine = {
  cpus,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
results.measuredAt = measuredAt;
results.loadAverage = loadAverages;

mkdirSync(resultsDir, { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(resultsDir, 'latest.md'), markdown(results));
console.log(markdown(results));
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}

/** The median of each figure over the rounds of one (server, editors) pair. */
function summarise(runs: LatencyRun[], server: ServerKind, editors: number) {
  const matching = runs.filter((run) => run.server === server && run.editors === editors && !run.saturated);
  if (matching.length === 0) return null;
  const pick = (key: 'p50' | 'p95' | 'p99' | 'serverCpu' | 'serverRssMb' | 'harnessCpu' | 'delivered') => {
    const digits = key === 'serverCpu' || key === 'harnessCpu' || key === 'delivered' ? 3 : 1;
    return Number(median(matching.map((run) => run[key])).toFixed(digits));
  };
  return { p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), serverCpu: pick('serverCpu'), serverRssMb: pick('serverRssMb'), harnessCpu: pick('harnessCpu'), delivered: pick('delivered') };
}

function latencyTable(runs: LatencyRun[]): string {
  const lines = [
    '| editors | server | p50 ms | p95 ms | p99 ms | p95 vs bare Hocuspocus | server CPU | server RSS MB | harness CPU | delivered |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const counts = [...new Set(runs.map((run) => run.editors))];
  const kinds = [...new Set(runs.map((run) => run.server))];
  for (const editors of counts) {
    const bare = summarise(runs, 'hocuspocus', editors);
    for (const server of kinds) {
      const summary = summarise(runs, server, editors);
      if (!summary) {
        lines.push(`| ${editors} | ${server} | saturated | | | | | | | |`);
        continue;
      }
      const ratio = bare ? (summary.p95 / bare.p95).toFixed(2) : '–';
      lines.push(
        `| ${editors} | ${server} | ${summary.p50} | ${summary.p95} | ${summary.p99} | ${ratio}x | ${summary.serverCpu} | ${summary.serverRssMb} | ${summary.harnessCpu} | ${summary.delivered} |`,
      );
    }
  }
  return lines.join('\n');
}

/** How many runs each (server, editors) pair had. */
function latencyRounds(runs: LatencyRun[]): number {
  const counts = new Map<string, number>();
  for (const run of runs) counts.set(`${run.server}/${run.editors}`, (counts.get(`${run.server}/${run.editors}`) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

function machineState(name: string): string {
  const average = loadAverages[name];
  if (!average) return ' Kept from an earlier run, before these parts were timed one by one (the machine was idle then).';
  const busy = average[0] > cpus * 0.5;
  return ` Measured ${measuredAt[name]?.slice(0, 16).replace('T', ' ')} UTC; load average ${average.join(' / ')} on ${cpus} cores: ${busy ? 'the machine was NOT idle (other work was running), so read the ratios of the interleaved runs, not the absolute times' : 'the machine was close to idle'}.`;
}

function markdown(all: Record<string, unknown>): string {
  const machine = all.machine as { cpus: number; cpuModel: string; memoryGb: number; node: string };
  const sections: string[] = [`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}.`];
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;
  if (all.runs) {
    sections.push(
      `### Edit → remote latency under load (goal 1)\n\nMedians of ${latencyRounds(all.runs as LatencyRun[])} alternating round(s), ${(all.options as typeof options).durationMs / 1000} s measured per run, editors typing 4 characters/s each into one guide; runs where the harness saturated the machine are left out.${machineState('latency')}\n\n${latencyTable(all.runs as LatencyRun[])}`,
    );
  }
  if (all.idleMemory) {
    const idleResult = all.idleMemory as IdleMemoryResult;
    sections.push(`### Idle memory (goal 2): ${ratio(idleResult.daoxuean, idleResult.hocuspocus)} bare Hocuspocus\n\n${machineState('idle')}\n\n${idleMemoryTable(idleResult)}`);
  }
  if (all.sequentialReplayDetails) {
    const details = all.sequentialReplayDetails as { transactions: number } & SequentialReplayResult['details'];
    const { transactions, ...perServer } = details;
    sections.push(
      `### The price of durability per keystroke (goal 3)\n\n${machineState('replay')}\n\n${sequentialReplayTable({ transactions, details: perServer } as SequentialReplayResult)}`,
    );
  }
  if (all.browser && all.richContent && all.browserRuns) {
    const browserResult = { ...(all.browser as BrowserResult), richContent: all.richContent, rounds: (all.browserRuns as { rounds: number }).rounds } as BrowserResult;
    sections.push(`### What a teacher feels, in Chromium (goal 4; issue 14's formulas and figures)\n\n${machineState('browser')}\n\n${browserTable(browserResult)}`);
  }
  if (all.bundle) {
    const sizes = all.bundle as BundleSizes;
    sections.push(
      `### JavaScript each page loads (goal 5)\n\n| page | KB gzip |\n|---|---|\n${Object.entries(sizes.gzipKb)
        .map(([page, kb]) => `| ${page} | ${kb} |`)
        .join('\n')}\n\nKaTeX (about 78 KB gzip) is not in the editor's figure: the editor page fetches it after its own code and does not wait for it (so a guide's formulas are drawn with KaTeX as the guide is built); MathLive (220 KB gzip) comes when the formula editor opens; the largest chunk is ${sizes.largestChunk.file} (${sizes.largestChunk.kb} KB minified).`,
    );
  }
  if (all.openGuides) {
    const guides = all.openGuides as { guides: number; editorsPerGuide: number; rssMb: number; idleRssMb: number; serverCpu: number };
    sections.push(
      `### Cost per open guide (goal 6)\n\n${guides.guides} open guides with ${guides.editorsPerGuide} editors each: server RSS ${guides.rssMb} MB (idle ${guides.idleRssMb} MB), server CPU ${guides.serverCpu} cores while every editor types a character every 5 s.${machineState('openGuides')}`,
    );
  }
  if (all.coldLoad) {
    const cold = all.coldLoad as { updates: number; beforeCompactionMs: number; afterCompactionMs: number; compactionMs: number };
    sections.push(
      `### Cold load\n\nA guide with ${cold.updates} logged updates: ${cold.beforeCompactionMs} ms from the log, ${cold.afterCompactionMs} ms after compaction (compaction took ${cold.compactionMs} ms; medians of 5 loads).${machineState('coldLoad')}`,
    );
  }
  if (all.docxExport) {
    const word = all.docxExport as { medianMs: number; bytes: number };
    sections.push(`### Word export\n\nA six-page guide (教师版, A4): ${word.medianMs} ms (median of 10), ${word.bytes} bytes.${machineState('docx')}`);
  }
  if (all.docxFirstExport) {
    const first = all.docxFirstExport as DocxFirstExportResult;
    sections.push(
      [
        `### The first Word export after a start (issue 14)\n\nThe 30-page guide with 300 formulas (教师版), on a server left idle 15 s after its start, then exported once and five times more (medians of ${first.rounds} starts each, alternating).${machineState('docxFirst')}`,
        '',
        '| server | first export, ms | next exports, median ms | RSS before the export, MB |',
        '|---|---|---|---|',
        `| Word renderer warmed in the background after the start (default) | ${first.warmed.firstMs} | ${first.warmed.medianMs} | ${first.warmed.idleRssMb} |`,
        `| renderer loaded by the first export (WORD_EXPORT_WARMUP_MS=0) | ${first.onFirstUse.firstMs} | ${first.onFirstUse.medianMs} | ${first.onFirstUse.idleRssMb} |`,
      ].join('\n'),
    );
  }
  if (all.scaleOutDetails) {
    const out = all.scaleOutDetails as ScaleOutResult;
    sections.push(
      `### Across instances (goal 7): cross-instance p95 ${ratio(out.crossInstanceP95, out.sameInstanceP95)} the same-instance p95\n\n${out.editors} editors typing into one guide, half on each of ${out.instances} instances sharing Postgres and relayed through Redis; observers on both instances. Same instance: p50 ${out.sameInstanceP50} ms, p95 ${out.sameInstanceP95} ms (${out.samples.same} edits seen); across instances: p50 ${out.crossInstanceP50} ms, p95 ${out.crossInstanceP95} ms (${out.samples.cross} edits seen); server CPU ${out.serverCpu.join(' and ')} cores.${machineState('scaleOut')}`,
    );
  } else {
    sections.push('Not measured yet: scaleOut (goal 7, 50 editors over two instances on Postgres + Redis).');
  }
  return `${sections.join('\n\n')}\n`;
}
