// Across instances (issue 20, goal 7): two instances of this server on one Postgres database,
// relayed through Redis, with 50 editors typing into the same guide, half connected to each.
// Observers on both instances time every edit from when it was meant to be sent to when they
// saw it; an edit typed on the observer's own instance counts as same-instance, one typed on
// the other instance (relayed through Redis) as cross-instance. Goal: cross-instance p95 at
// most 2x same-instance p95.
//
//   npx tsx bench/scaleOut.ts [--quick]   (BENCH_POSTGRES_URL, REDIS_URL: where they run)
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerConfig, WorkerResult } from './editorWorker.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { percentile } from './lib/percentile.ts';
import { freshPostgresDatabase } from './lib/postgresDatabase.ts';
import { sampleProcess } from './lib/procStats.ts';
import { benchTarget, repoRoot, startBenchServer, type BenchServer } from './lib/servers.ts';

export interface ScaleOutResult {
  editors: number;
  instances: number;
  /** Issue 20's names: p95 ms between clients on the same instance and on different ones. */
  sameInstanceP95: number;
  crossInstanceP95: number;
  sameInstanceP50: number;
  crossInstanceP50: number;
  samples: { same: number; cross: number };
  serverCpu: number[];
  loadAverage: number[];
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One worker thread per instance: its editors and its observers are all connected to that instance. */
function startWorker(server: BenchServer, docName: string, token: string, editorIndexes: number[], totalEditors: number): Worker {
  const config: WorkerConfig = {
    protocol: 'hocuspocus',
    wsUrl: server.wsUrl,
    docName,
    token,
    editorIndexes,
    totalEditors,
    observers: 2,
    intervalMs: 250,
  };
  return new Worker(path.join(repoRoot, 'bench/editorWorkerEntry.mjs'), { workerData: config });
}

function nextMessage<T>(worker: Worker, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string; message?: string; result?: unknown }) => {
      if (message.type === type) {
        worker.off('message', onMessage);
        resolve(message.result as T);
      }
      if (message.type === 'error') reject(new Error(message.message));
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

export async function scaleOut(quick = false, editors = 50): Promise<ScaleOutResult> {
  const warmupMs = quick ? 2000 : 3000;
  const durationMs = quick ? 5000 : 10_000;
  const database = await freshPostgresDatabase('scaleout');
  if (!database) throw new Error('scaleOut needs Postgres (BENCH_POSTGRES_URL)');
  const servers: BenchServer[] = [];
  try {
    const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl };
    // One after the other: the first installs the database and seeds the demo school.
    servers.push(await startBenchServer('daoxuean', env));
    servers.push(await startBenchServer('daoxuean', env));
    const { docName, token } = await benchTarget(servers[0]);
    const all = Array.from({ length: editors }, (_, index) => index);
    const split = servers.map((_, instance) => all.filter((index) => index % servers.length === instance));
    const workers = servers.map((server, instance) => startWorker(server, docName, token, split[instance], editors));
    await Promise.all(workers.map((worker) => nextMessage(worker, 'ready')));
    const results = workers.map((worker) => nextMessage<WorkerResult>(worker, 'result'));
    const startAt = performance.timeOrigin + performance.now() + 500;
    for (const worker of workers) worker.postMessage({ type: 'start', startAt, warmupMs, durationMs });
    await new Promise((resolve) => setTimeout(resolve, 500 + warmupMs));
    const samples = servers.map((server) => sampleProcess(server.pid));
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    const serverStats = samples.map((sample) => sample.stop());
    const finished = await Promise.all(results);
    await Promise.all(workers.map((worker) => worker.terminate()));
    const same: number[] = [];
    const cross: number[] = [];
    finished.forEach((result, instance) => {
      result.latencies.forEach((latency, index) => {
        const editor = result.latencyEditors[index];
        (editor % servers.length === instance ? same : cross).push(latency);
      });
    });
    if (same.length === 0 || cross.length === 0) throw new Error(`scaleOut: ${same.length} same-instance and ${cross.length} cross-instance samples`);
    return {
      editors,
      instances: servers.length,
      sameInstanceP95: round(percentile(same, 95)),
      crossInstanceP95: round(percentile(cross, 95)),
      sameInstanceP50: round(percentile(same, 50)),
      crossInstanceP50: round(percentile(cross, 50)),
      samples: { same: same.length, cross: cross.length },
      serverCpu: serverStats.map((stats) => Math.round(stats.cpu * 1000) / 1000),
      loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    };
  } finally {
    for (const server of servers) await server.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('bench/scaleOut.ts', { quick: benchArgs.quick });
  console.log(JSON.stringify(await scaleOut(benchArgs.quick)));
}
