import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { percentile } from './percentile.ts';
import { sampleProcess } from './procStats.ts';
import { benchTarget, repoRoot, startBenchServer, type ServerKind } from './servers.ts';
import type { WorkerConfig, WorkerResult } from '../editorWorker.ts';

export interface LatencyRun {
  server: ServerKind;
  editors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Edits the observers saw, over edits sent (x observers). */
  delivered: number;
  serverCpu: number;
  serverRssMb: number;
  harnessCpu: number;
  /** The harness used nearly all the machine's CPU: the figures measure it, not the server. */
  saturated: boolean;
}

export interface LatencyOptions {
  warmupMs: number;
  durationMs: number;
  intervalMs: number;
  workers: number;
  observers: number;
}

/** One run: a fresh server, `editors` simulated teachers typing ~4 characters a second into one guide. */
export async function runLatency(kind: ServerKind, editors: number, options: LatencyOptions): Promise<LatencyRun> {
  const server = await startBenchServer(kind);
  try {
    const target = await benchTarget(server);
    const workerCount = Math.min(options.workers, editors);
    const workers = Array.from({ length: workerCount }, (_, workerIndex) => {
      const config: WorkerConfig = {
        protocol: server.protocol,
        wsUrl: server.wsUrl,
        docName: target.docName,
        token: target.token,
        editorIndexes: Array.from({ length: editors }, (_, index) => index).filter((index) => index % workerCount === workerIndex),
        totalEditors: editors,
        observers: workerIndex === 0 ? options.observers : 0,
        intervalMs: options.intervalMs,
      };
      return new Worker(path.join(repoRoot, 'bench/editorWorkerEntry.mjs'), { workerData: config });
    });
    const ready = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on('message', (message: { type: string; message?: string }) => {
            if (message.type === 'ready') resolve();
            if (message.type === 'error') reject(new Error(message.message));
          });
          worker.once('error', reject);
        }),
    );
    await Promise.all(ready);
    const results = workers.map(
      (worker) =>
        new Promise<WorkerResult>((resolve, reject) => {
          worker.on('message', (message: { type: string; result?: WorkerResult; message?: string }) => {
            if (message.type === 'result') resolve(message.result!);
            if (message.type === 'error') reject(new Error(message.message));
          });
        }),
    );
    const startAt = performance.timeOrigin + performance.now() + 500;
    for (const worker of workers) worker.postMessage({ type: 'start', startAt, warmupMs: options.warmupMs, durationMs: options.durationMs });
    await new Promise((resolve) => setTimeout(resolve, 500 + options.warmupMs));
    const harnessStart = process.cpuUsage();
    const harnessClock = performance.now();
    const serverSample = sampleProcess(server.pid);
    const measured = new Promise((resolve) => setTimeout(resolve, options.durationMs));
    await measured;
    const serverStats = serverSample.stop();
    const finished = await Promise.all(results);
    const harnessUsage = process.cpuUsage(harnessStart);
    const harnessCpu = (harnessUsage.user + harnessUsage.system) / 1e6 / ((performance.now() - harnessClock) / 1000);
    await Promise.all(workers.map((worker) => worker.terminate()));

    const latencies = finished.flatMap((result) => result.latencies);
    const sent = finished.reduce((sum, result) => sum + result.sent, 0);
    const expected = sent * options.observers;
    const measuredShare = options.durationMs / (options.durationMs + options.warmupMs);
    return {
      server: kind,
      editors,
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      delivered: round(expected === 0 ? 0 : latencies.length / (expected * measuredShare), 3),
      serverCpu: round(serverStats.cpu, 3),
      serverRssMb: round(serverStats.rssMb),
      harnessCpu: round(harnessCpu, 3),
      saturated: harnessCpu > os.availableParallelism() * 0.85,
    };
  } finally {
    await server.stop();
  }
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
