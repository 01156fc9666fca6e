// The first Word export after a start (issue 14: the formula guide's export under 500 ms): the
// compiled server as `npm start` runs it, warming the Word renderer in the background after it
// has started (WORD_EXPORT_WARMUP_MS, the default), against the same server loading the
// renderer on the first export (WORD_EXPORT_WARMUP_MS=0). Each start gets the 30-page guide
// with 300 formulas (bench/lib/benchGuide.ts; figures as their descriptions), is left idle
// 15 s (past the warm-up even on a busy machine), and then its RSS, its first export (教师版)
// and the median of the next five are read. Starts alternate between the two.
//
//   npx tsx bench/docxFirstExport.ts [--quick]
import os from 'node:os';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { benchGuide } from './lib/benchGuide.ts';
import { median } from './lib/percentile.ts';
import { processRssMb } from './lib/procStats.ts';
import { startBenchServer, type BenchServer } from './lib/servers.ts';
import { writeContent } from './lib/typists.ts';

export interface DocxFirstExportResult {
  rounds: number;
  /** Per contender: medians over the starts of the first export, the next ones, and the RSS idle before it. */
  warmed: { firstMs: number; medianMs: number; idleRssMb: number };
  onFirstUse: { firstMs: number; medianMs: number; idleRssMb: number };
  loadAverage: number[];
}

const warmupMs = 2000;
/** Long enough after the start for the warm-up to have run on a busy machine. */
const idleMs = 15_000;

async function api<Body>(server: BenchServer, path: string, token: string | null, body?: unknown): Promise<Body> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Body;
}

async function oneStart(warm: boolean): Promise<{ firstMs: number; medianMs: number; idleRssMb: number }> {
  const startedAt = performance.now();
  const server = await startBenchServer('daoxuean', { WORD_EXPORT_WARMUP_MS: warm ? String(warmupMs) : '0' });
  try {
    const login = async (username: string) => (await api<{ token: string }>(server, '/api/auth/login', null, { username, password: 'demo1234' })).token;
    const leader = await login('wanglei');
    const drafter = await login('lifang');
    const guide = await api<{ id: string; docName: string }>(server, '/api/guides', leader, {
      title: '30页导学案（公式）',
      templateId: 'general',
      groupId: 'group-math8',
      leadDrafterId: 'user-lifang',
    });
    const writer = await writeContent(server.wsUrl, guide.docName, drafter, benchGuide('rich'));
    writer.destroy();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, idleMs - (performance.now() - startedAt))));
    const idleRssMb = processRssMb(server.pid);
    const time = async () => {
      const started = performance.now();
      const response = await fetch(`${server.httpUrl}/api/guides/${guide.id}/export.docx?edition=teacher`, { headers: { authorization: `Bearer ${drafter}` } });
      if (!response.ok) throw new Error(`export.docx: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const firstMs = await time();
    const next: number[] = [];
    for (let index = 0; index < 5; index += 1) next.push(await time());
    return { firstMs, medianMs: median(next), idleRssMb };
  } finally {
    await server.stop();
  }
}

export async function docxFirstExport(quick = false): Promise<DocxFirstExportResult> {
  const rounds = quick ? 2 : 4;
  const runs = { warmed: [] as Awaited<ReturnType<typeof oneStart>>[], onFirstUse: [] as Awaited<ReturnType<typeof oneStart>>[] };
  for (let round = 0; round < rounds; round += 1) {
    for (const warm of round % 2 === 0 ? [true, false] : [false, true]) runs[warm ? 'warmed' : 'onFirstUse'].push(await oneStart(warm));
  }
  const summary = (of: Awaited<ReturnType<typeof oneStart>>[]) => ({
    firstMs: Math.round(median(of.map((run) => run.firstMs))),
    medianMs: Math.round(median(of.map((run) => run.medianMs))),
    idleRssMb: Math.round(median(of.map((run) => run.idleRssMb))),
  });
  return { rounds, warmed: summary(runs.warmed), onFirstUse: summary(runs.onFirstUse), loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('bench/docxFirstExport.ts', { warmupMs, idleMs });
  console.log(JSON.stringify(await docxFirstExport(benchArgs.quick)));
}
