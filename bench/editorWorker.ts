// One worker thread of simulated teachers: editors type into their own line of the same
// guide on a fixed schedule; observers apply everything and measure, for each edit, the
// time from when it was meant to be sent to when they saw it.
import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';
import { LightClient } from './lib/lightClient.ts';
import type { Protocol } from './lib/servers.ts';

export interface WorkerConfig {
  protocol: Protocol;
  wsUrl: string;
  docName: string;
  token: string;
  /** Indexes of the editors this worker runs (of `totalEditors`). */
  editorIndexes: number[];
  totalEditors: number;
  observers: number;
  intervalMs: number;
}

export interface WorkerResult {
  latencies: number[];
  /** The editor (index of `totalEditors`) each latency was measured for, in the same order. */
  latencyEditors: number[];
  sent: number;
  cpuSeconds: number;
}

const clientIdBase = 100_000;
const now = () => performance.timeOrigin + performance.now();
const config = workerData as WorkerConfig;

/** When editor `index` was meant to send its k-th edit (k from 1). */
function intendedTime(startAt: number, index: number, k: number): number {
  return startAt + (index / config.totalEditors) * config.intervalMs + (k - 1) * config.intervalMs;
}

async function main() {
  const editors = config.editorIndexes.map((index) => ({
    index,
    client: new LightClient({ ...config, clientId: clientIdBase + index, observe: false }),
    text: null as Y.XmlText | null,
    sent: 0,
  }));
  const latencies: number[] = [];
  const latencyEditors: number[] = [];
  let startAt = Number.POSITIVE_INFINITY;
  let measureFrom = Number.POSITIVE_INFINITY;
  const observed = new Map<number, number>();
  const observers = Array.from({ length: config.observers }, (_, observerIndex) => {
    const client: LightClient = new LightClient({
      ...config,
      clientId: 900_000 + observerIndex,
      observe: true,
      onUpdate: (update) => {
        const at = now();
        for (const [clientId, clock] of Y.parseUpdateMeta(update).to) {
          const index = clientId - clientIdBase;
          if (index < 0 || index >= config.totalEditors) continue;
          const key = index * 16 + observerIndex;
          const before = observed.get(key) ?? 1;
          // Clock 0 is the editor's own line; its k-th character is clock k.
          for (let k = before; k < clock; k += 1) {
            if (k < 1) continue;
            const intended = intendedTime(startAt, index, k);
            if (intended >= measureFrom) {
              latencies.push(at - intended);
              latencyEditors.push(index);
            }
          }
          observed.set(key, Math.max(before, clock));
        }
      },
    });
    return client;
  });

  for (const client of [...observers, ...editors.map((editor) => editor.client)]) await client.connect();
  for (const editor of editors) {
    const fragment = editor.client.doc.getXmlFragment('default');
    const text = new Y.XmlText();
    const before = Y.encodeStateVector(editor.client.doc);
    fragment.push([text]);
    editor.client.send(Y.encodeStateAsUpdate(editor.client.doc, before));
    editor.text = text;
  }
  parentPort!.postMessage({ type: 'ready' });

  parentPort!.on('message', (message: { type: 'start'; startAt: number; warmupMs: number; durationMs: number }) => {
    startAt = message.startAt;
    measureFrom = startAt + message.warmupMs;
    const endAt = startAt + message.warmupMs + message.durationMs;
    const cpuStart = process.cpuUsage();
    const tick = setInterval(() => {
      const time = now();
      for (const editor of editors) {
        while (intendedTime(startAt, editor.index, editor.sent + 1) <= time && intendedTime(startAt, editor.index, editor.sent + 1) < endAt) {
          const doc = editor.client.doc;
          const before = Y.encodeStateVector(doc);
          editor.text!.insert(editor.text!.length, '字');
          editor.client.send(Y.encodeStateAsUpdate(doc, before));
          editor.sent += 1;
        }
      }
      if (time > endAt + 2000) {
        clearInterval(tick);
        const cpu = process.cpuUsage(cpuStart);
        const result: WorkerResult = {
          latencies,
          latencyEditors,
          sent: editors.reduce((sum, editor) => sum + editor.sent, 0),
          cpuSeconds: (cpu.user + cpu.system) / 1e6,
        };
        for (const client of [...observers, ...editors.map((editor) => editor.client)]) client.close();
        parentPort!.postMessage({ type: 'result', result });
      }
    }, 2);
  });
}

void main().catch((error) => {
  parentPort!.postMessage({ type: 'error', message: String(error) });
});
