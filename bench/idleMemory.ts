// Idle memory: each server started on its own, left alone for a few seconds, and its resident
// memory read from /proc. Medians of several rounds, side by side in one run: the product as
// `npm start` runs it (compiled JavaScript), the product run through tsx (as it ran before it
// was compiled), bare Hocuspocus (compiled the same way) and the reference y-websocket server.
// Run with `npm run bench` or `npx tsx bench/idleMemory.ts` (--quick: fewer rounds).
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median } from './lib/percentile.ts';
import { processRssMb } from './lib/procStats.ts';
import { startBenchServer, type Runner, type ServerKind } from './lib/servers.ts';

const rounds = benchArgs.quick ? 1 : 3;
const settleMs = 3000;
stopIfDryRun('idleMemory', { rounds, settleMs });

const contenders: { label: string; kind: ServerKind; runner: Runner }[] = [
  { label: 'this server (compiled, npm start)', kind: 'daoxuean', runner: 'compiled' },
  { label: 'this server (through tsx)', kind: 'daoxuean', runner: 'tsx' },
  { label: 'bare Hocuspocus (compiled)', kind: 'hocuspocus', runner: 'compiled' },
  { label: 'y-websocket', kind: 'y-websocket', runner: 'compiled' },
];

async function idleRss(kind: ServerKind, runner: Runner): Promise<number> {
  const server = await startBenchServer(kind, {}, runner);
  try {
    // A real first request, so the product has answered once (as after a deploy's health check).
    await fetch(`${server.httpUrl}/api/health`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return processRssMb(server.pid);
  } finally {
    await server.stop();
  }
}

const samples = new Map<string, number[]>(contenders.map((contender) => [contender.label, []]));
// Rounds alternate between the servers, so a busy moment of the machine spreads over all of them.
for (let round = 0; round < rounds; round++) {
  for (const contender of contenders) samples.get(contender.label)!.push(await idleRss(contender.kind, contender.runner));
}
const bare = median(samples.get('bare Hocuspocus (compiled)')!);
console.log(`\nIdle memory (RSS MB, median of ${rounds} round${rounds > 1 ? 's' : ''}, ${settleMs / 1000} s after start):\n`);
console.log('| server | RSS MB | vs bare Hocuspocus |');
console.log('|---|---|---|');
for (const contender of contenders) {
  const value = median(samples.get(contender.label)!);
  console.log(`| ${contender.label} | ${value.toFixed(0)} | ${(value / bare).toFixed(2)}x |`);
}
