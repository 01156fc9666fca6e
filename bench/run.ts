// npm run bench: the same load against this server (auth + durable log + every extension),
// a bare Hocuspocus server and the reference y-websocket server, side by side and
// alternating, in one run. Writes bench/results/latest.json and latest.md.
//
// For a targeted look: BENCH_EDITORS=500 BENCH_SERVERS=daoxuean,hocuspocus BENCH_ROUNDS=3
// BENCH_DURATION_MS=5000 BENCH_LATENCY_ONLY=1 runs only those latency runs, prints their table
// and writes no results file. BENCH_PROFILE_DIR=dir writes a CPU profile of each server there.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coldLoad } from './coldLoad.ts';
import { docxExport } from './docxExport.ts';
import { durability, durabilityTable } from './durability.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { runLatency, type LatencyRun } from './lib/latencyRun.ts';
import { openGuides } from './openGuides.ts';
import { median } from './lib/percentile.ts';
import { repoRoot, type ServerKind } from './lib/servers.ts';

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

stopIfDryRun('bench/run.ts', { editorCounts, rounds, servers, latencyOnly, ...options });

const runs: LatencyRun[] = [];
for (const editors of editorCounts) {
  for (let round = 0; round < rounds; round += 1) {
    // Alternate the order so no server always runs on a warmer (or hotter) machine.
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const server of order) {
      const run = await runLatency(server, editors, options);
      runs.push(run);
      console.log(JSON.stringify(run));
    }
  }
}

/** The median of each figure over the rounds of one (server, editors) pair. */
function summarise(server: ServerKind, editors: number) {
  const matching = runs.filter((run) => run.server === server && run.editors === editors && !run.saturated);
  if (matching.length === 0) return null;
  const pick = (key: 'p50' | 'p95' | 'p99' | 'serverCpu' | 'serverRssMb' | 'harnessCpu' | 'delivered') => {
    const digits = key === 'serverCpu' || key === 'harnessCpu' || key === 'delivered' ? 3 : 1;
    return Number(median(matching.map((run) => run[key])).toFixed(digits));
  };
  return { p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), serverCpu: pick('serverCpu'), serverRssMb: pick('serverRssMb'), harnessCpu: pick('harnessCpu'), delivered: pick('delivered') };
}

const lines = [
  '| editors | server | p50 ms | p95 ms | p99 ms | p95 vs bare Hocuspocus | server CPU | server RSS MB | harness CPU | delivered |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const editors of editorCounts) {
  const bare = summarise('hocuspocus', editors);
  for (const server of servers) {
    const summary = summarise(server, editors);
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

if (latencyOnly) {
  console.log(lines.join('\n'));
  process.exit(0);
}

console.log('cold load of a guide with 50,000 logged updates...');
const load = await coldLoad(quick ? 10_000 : 50_000);
console.log(load);
console.log('DOCX export of a six-page guide...');
const word = await docxExport();
console.log(word);
console.log('1,000 open guides with 3 editors each...');
const open = await openGuides(quick ? 100 : 1000);
console.log(open);
console.log('SQLite synchronous NORMAL against FULL...');
const sync = await durability(quick);
console.log(durabilityTable(sync));

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};

const resultsDir = path.join(repoRoot, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify({ machine, options, runs, coldLoad: load, openGuides: open, docxExport: word, durability: sync }, null, 2)}\n`);
writeFileSync(
  path.join(resultsDir, 'latest.md'),
  `Edit -> remote latency, medians of ${rounds} alternating round(s), ${options.durationMs / 1000} s measured per run, ` +
    `editors typing ${1000 / options.intervalMs} characters/s each into one guide; runs where the harness saturated the machine are left out.\n` +
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}.\n\n${lines.join('\n')}\n\n` +
    `Cold load of a guide with ${load.updates} logged updates: ${load.beforeCompactionMs} ms from the log, ` +
    `${load.afterCompactionMs} ms after compaction (compaction took ${load.compactionMs} ms; medians of 5 loads).\n\n` +
    `${open.guides} open guides with ${open.editorsPerGuide} editors each: server RSS ${open.serverRssMb} MB ` +
    `(idle ${open.idleRssMb} MB), server CPU ${open.serverCpu} cores while every editor types a character every 5 s.\n\n` +
    `DOCX export of a six-page guide (教师版, A4): ${word.medianMs} ms (median of 10), ${word.bytes} bytes.\n\n` +
    `SQLite synchronous NORMAL against FULL (load average ${sync.loadAverage.join(', ')} on ${machine.cpus} cores):\n\n${durabilityTable(sync)}\n`,
);
console.log(lines.join('\n'));
