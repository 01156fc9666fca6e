// Idle memory: each server started on its own, left alone for a few seconds, and its resident
// memory read from /proc. Medians of several rounds, side by side in one run: the product as
// `npm start` runs it (compiled JavaScript) restarted on an installed database (its first start
// seeds the demo school, which a restart does not do again), the same on its very first start,
// the product through tsx (as it ran before it was compiled), bare Hocuspocus (compiled the
// same way) and the reference y-websocket server.
// Run with `npm run bench -- --only idle` or `npx tsx bench/idleMemory.ts` (--quick: fewer rounds).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median } from './lib/percentile.ts';
import { processRssMb } from './lib/procStats.ts';
import { startBenchServer, type Runner, type ServerKind } from './lib/servers.ts';

const settleMs = 3000;

interface Contender {
  label: string;
  kind: ServerKind;
  runner: Runner;
  /** Started once on the same data directory before the measured start (an installed server). */
  restart?: boolean;
  /** Left idle this long instead of settleMs: past the Word export's warm-up (WORD_EXPORT_WARMUP_MS, 5 s). */
  idleMs?: number;
}

const contenders: Contender[] = [
  { label: 'this server (compiled, npm start), restarted', kind: 'daoxuean', runner: 'compiled', restart: true },
  { label: 'this server (compiled), restarted, 10 s idle (Word export warmed)', kind: 'daoxuean', runner: 'compiled', restart: true, idleMs: 10_000 },
  { label: 'this server (compiled), first start seeding the demo', kind: 'daoxuean', runner: 'compiled' },
  { label: 'this server (through tsx), restarted', kind: 'daoxuean', runner: 'tsx', restart: true },
  { label: 'bare Hocuspocus (compiled)', kind: 'hocuspocus', runner: 'compiled' },
  { label: 'y-websocket', kind: 'y-websocket', runner: 'compiled' },
];

export interface IdleMemoryResult {
  /** Issue 20's names: the compiled product restarted on an installed database, and bare Hocuspocus. */
  daoxuean: number;
  hocuspocus: number;
  firstStart: number;
  /** The compiled product restarted, after the Word export's warm-up. */
  afterWordWarmup: number;
  table: { label: string; rssMb: number }[];
  rounds: number;
}

async function idleRss(contender: Contender): Promise<number> {
  const dataDir = contender.restart ? mkdtempSync(path.join(tmpdir(), 'daoxuean-idle-')) : null;
  const env: Record<string, string> = dataDir ? { DATA_DIR: dataDir } : {};
  try {
    if (dataDir) await (await startBenchServer(contender.kind, env, contender.runner)).stop();
    const server = await startBenchServer(contender.kind, env, contender.runner);
    try {
      // A real first request, so the product has answered once (as after a deploy's health check).
      await fetch(`${server.httpUrl}/api/health`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, contender.idleMs ?? settleMs));
      return processRssMb(server.pid);
    } finally {
      await server.stop();
    }
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function idleMemory(quick = false): Promise<IdleMemoryResult> {
  const rounds = quick ? 1 : 3;
  const samples = new Map<string, number[]>(contenders.map((contender) => [contender.label, []]));
  // Rounds alternate the order of the servers, so a busy moment of the machine spreads over all of them.
  for (let round = 0; round < rounds; round++) {
    for (const contender of round % 2 === 0 ? contenders : [...contenders].reverse()) samples.get(contender.label)!.push(await idleRss(contender));
  }
  const of = (label: string) => Math.round(median(samples.get(label)!));
  return {
    daoxuean: of(contenders[0].label),
    hocuspocus: of('bare Hocuspocus (compiled)'),
    firstStart: of(contenders[2].label),
    afterWordWarmup: of(contenders[1].label),
    table: contenders.map((contender) => ({ label: contender.label, rssMb: of(contender.label) })),
    rounds,
  };
}

export function idleMemoryTable(result: IdleMemoryResult): string {
  return [
    `| server, idle ${settleMs / 1000} s after start (median of ${result.rounds}) | RSS MB | vs bare Hocuspocus |`,
    '|---|---|---|',
    ...result.table.map((row) => `| ${row.label} | ${row.rssMb} | ${(row.rssMb / result.hocuspocus).toFixed(2)}x |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('idleMemory', { settleMs });
  console.log(idleMemoryTable(await idleMemory(benchArgs.quick)));
}
