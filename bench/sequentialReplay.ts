// The price of durability per keystroke: the seph-blog1 editing trace (josephg/editing-traces)
// replayed one transaction at a time, each sent only after the server has acknowledged the one
// before, against this server (SQLite with synchronous NORMAL, the default; SQLite FULL;
// Postgres) and bare Hocuspocus (no persistence). The servers take turns in blocks of
// transactions, the order alternating, so a busy moment of the machine spreads over all.
// Reported: the total time of the replayed transactions (ms) and each one's median and p95.
//
//   npx tsx bench/sequentialReplay.ts [--quick]
import os from 'node:os';
import { loadEditingTrace } from '../tests/helpers/editingTrace.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { acknowledgedWriter } from './lib/acknowledgedWriter.ts';
import { median, percentile } from './lib/percentile.ts';
import { freshPostgresDatabase } from './lib/postgresDatabase.ts';
import { startBenchServer, type BenchServer, type ServerKind } from './lib/servers.ts';

export interface ReplayFigures {
  totalMs: number;
  medianMs: number;
  p95Ms: number;
}

export interface SequentialReplayResult {
  transactions: number;
  /** Total ms of the replayed transactions, as issue 20 names them. */
  sqlite: { daoxuean: number; hocuspocus: number };
  postgres: { daoxuean: number } | null;
  sqliteFull: { daoxuean: number };
  details: Record<string, ReplayFigures>;
  loadAverage: number[];
}

interface Contender {
  label: string;
  kind: ServerKind;
  env: Record<string, string>;
}

/** A client that applies the trace's patches to one text and waits for each acknowledgement. */
async function replayer(server: BenchServer) {
  const { client, text, send } = await acknowledgedWriter(server, 7100 + Math.floor(Math.random() * 1000));
  return {
    transaction: (patches: [number, number, string][]) =>
      send(() =>
        client.doc.transact(() => {
          for (const [position, deleted, inserted] of patches) {
            if (deleted > 0) text.delete(position, deleted);
            if (inserted) text.insert(position, inserted);
          }
        }),
      ),
    close: () => client.close(),
  };
}

export async function sequentialReplay(quick = false): Promise<SequentialReplayResult> {
  const transactions = quick ? 1000 : 5000;
  const blockSize = 250;
  const trace = loadEditingTrace('seph-blog1').txns.slice(0, transactions);
  const database = await freshPostgresDatabase('replay');
  const contenders: Contender[] = [
    { label: 'sqlite/daoxuean', kind: 'daoxuean', env: { SQLITE_SYNCHRONOUS: 'NORMAL' } },
    { label: 'sqlite/hocuspocus', kind: 'hocuspocus', env: {} },
    { label: 'sqliteFull/daoxuean', kind: 'daoxuean', env: { SQLITE_SYNCHRONOUS: 'FULL' } },
    ...(database ? [{ label: 'postgres/daoxuean', kind: 'daoxuean' as const, env: { DATABASE_URL: database.url } }] : []),
  ];
  const servers: BenchServer[] = [];
  try {
    const replayers = [];
    for (const contender of contenders) {
      const server = await startBenchServer(contender.kind, contender.env);
      servers.push(server);
      replayers.push(await replayer(server));
    }
    const samples = contenders.map(() => [] as number[]);
    for (let start = 0, block = 0; start < trace.length; start += blockSize, block += 1) {
      const order = contenders.map((_, index) => index);
      if (block % 2 === 1) order.reverse();
      for (const index of order) {
        for (const txn of trace.slice(start, start + blockSize)) samples[index].push(await replayers[index].transaction(txn.patches));
      }
    }
    replayers.forEach((replay) => replay.close());
    const details = Object.fromEntries(
      contenders.map((contender, index) => {
        const of = samples[index];
        const total = of.reduce((sum, value) => sum + value, 0);
        return [contender.label, { totalMs: Math.round(total), medianMs: Number(median(of).toFixed(3)), p95Ms: Number(percentile(of, 95).toFixed(3)) }];
      }),
    ) as Record<string, ReplayFigures>;
    return {
      transactions: trace.length,
      sqlite: { daoxuean: details['sqlite/daoxuean'].totalMs, hocuspocus: details['sqlite/hocuspocus'].totalMs },
      postgres: details['postgres/daoxuean'] ? { daoxuean: details['postgres/daoxuean'].totalMs } : null,
      sqliteFull: { daoxuean: details['sqliteFull/daoxuean'].totalMs },
      details,
      loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    };
  } finally {
    for (const server of servers) await server.stop();
    await database?.drop();
  }
}

/** The side-by-side table for latest.md and the README. */
export function sequentialReplayTable(result: SequentialReplayResult): string {
  const bare = result.details['sqlite/hocuspocus'];
  const rows = Object.entries(result.details).map(
    ([label, of]) => `| ${label} | ${of.totalMs} | ${of.medianMs} | ${of.p95Ms} | ${(of.totalMs / bare.totalMs).toFixed(2)}x |`,
  );
  return [
    `| first ${result.transactions} transactions of seph-blog1, each acknowledged before the next | total ms | median ms | p95 ms | total vs bare Hocuspocus |`,
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('bench/sequentialReplay.ts', { quick: benchArgs.quick });
  const result = await sequentialReplay(benchArgs.quick);
  console.log(JSON.stringify(result));
  console.log(sequentialReplayTable(result));
  console.log(`load average: ${result.loadAverage.join(', ')} on ${os.cpus().length} cores`);
}
