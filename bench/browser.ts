// What a teacher feels, in Chromium (Debian's, through playwright-core): the time from
// navigation to an editable 30-page guide (its last paragraph on screen, the editor editable,
// every formula rendered) and the keystroke-to-paint latency while 10 other simulated teachers
// (@hocuspocus/provider clients in Node) type in the same guide. Side by side, alternating:
//   - this server and client against a bare page built from the same Tiptap extension list and
//     Hocuspocus provider, served by bare Hocuspocus, with the same content (issue 20, goal 4);
//   - the same guide with 300 formulas and 30 figures against it with them as plain text, and
//     the Word export of the rich one (issue 14).
// Keystroke-to-paint: a keydown listener (capture, on the document) takes the event's time and
// asks for the next animation frame; a message posted from that frame's callback arrives after
// the frame has been painted, and its arrival time minus the keydown's is the sample.
//
//   npx tsx bench/browser.ts [--quick]
import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { launchBrowser } from '../tests/e2e/helpers/browser.ts';
import { rgbPng } from '../tests/helpers/png.ts';
import { benchGuide, endMarker, type BenchGuideKind } from './lib/benchGuide.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median, percentile } from './lib/percentile.ts';
import { buildClient, startBareEditorServer, startBenchServer, type BenchServer } from './lib/servers.ts';
import { startTypists, writeContent } from './lib/typists.ts';

export interface PageRun {
  openMs: number;
  keystrokeP50Ms: number;
  keystrokeP95Ms: number;
  keystrokes: number;
}

export interface BrowserResult {
  openMs: { daoxuean: number; bare: number };
  keystrokeP95Ms: { daoxuean: number; bare: number };
  richContent: {
    formulas: number;
    figures: number;
    openMs: { formulas: number; plain: number };
    keystrokeP95Ms: { formulas: number; plain: number };
    /** GET /api/guides/:id/export.docx of the rich guide: the first (loads the renderer) and the median of the next five. */
    docxExportMs: { first: number; median: number };
  };
  runs: (PageRun & { page: string })[];
  rounds: number;
  loadAverage: number[];
}

interface Target {
  name: string;
  server: BenchServer;
  docName: string;
  url: string;
  token: string;
  login: { username: string; password: string } | null;
}

const teachers = Number(process.env.BENCH_TEACHERS ?? 10);
const round1 = (value: number) => Math.round(value * 10) / 10;

async function api<Body>(server: BenchServer, path: string, token: string | null, init: RequestInit = {}): Promise<Body> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    ...init,
    headers: { ...(init.body && !(init.body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Body;
}

const login = (server: BenchServer, username: string) =>
  api<{ token: string }>(server, '/api/auth/login', null, { method: 'POST', body: JSON.stringify({ username, password: 'demo1234' }) }).then((body) => body.token);

/** A new guide on this server (lead drafter 李芳) holding `kind`'s content. */
async function productGuide(server: BenchServer, kind: BenchGuideKind, figureSrc: string): Promise<Omit<Target, 'name'> & { guideId: string }> {
  const leader = await login(server, 'wanglei');
  const drafter = await login(server, 'lifang');
  const guide = await api<{ id: string; docName: string }>(server, '/api/guides', leader, {
    method: 'POST',
    body: JSON.stringify({ title: `30页导学案（${kind}）`, templateId: 'general', groupId: 'group-math8', leadDrafterId: 'user-lifang' }),
  });
  const writer = await writeContent(server.wsUrl, guide.docName, drafter, benchGuide(kind, figureSrc));
  writer.destroy();
  return { server, docName: guide.docName, url: `/guides/${guide.id}`, token: drafter, login: { username: 'lifang', password: 'demo1234' }, guideId: guide.id };
}

/** One figure, uploaded as a teacher would: a 480×360 coordinate-grid-like PNG. */
async function uploadFigure(server: BenchServer): Promise<string> {
  const token = await login(server, 'lifang');
  const png = rgbPng(480, 360, (x, y) => (x % 40 === 0 || y % 40 === 0 ? [120, 120, 120] : [255, 255, 255]));
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'grid.png');
  await api(server, '/api/files', token, { method: 'POST', body: form });
  return `/api/files/${createHash('sha256').update(png).digest('hex')}`;
}

/** Opens the target's guide in a fresh browser profile while 10 teachers type in it, then types `keystrokes` characters. */
async function measurePage(browser: Browser, target: Target, keystrokes: number): Promise<PageRun> {
  const typists = await startTypists(target.server.wsUrl, target.docName, target.token, teachers);
  const context = await browser.newContext({ baseURL: target.server.httpUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    if (target.login) {
      const response = await context.request.post('/api/auth/login', { data: target.login });
      if (!response.ok()) throw new Error(`login: ${response.status()}`);
    }
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'commit' });
    // performance.now() counts from the navigation's start.
    const opened = await page.waitForFunction(
      (marker) => {
        const editor = document.querySelector('.ProseMirror');
        const ready =
          editor?.getAttribute('contenteditable') === 'true' && (editor.textContent ?? '').includes(marker) && !document.querySelector('.formula-loading');
        return ready ? performance.now() : false;
      },
      endMarker,
      { polling: 'raf', timeout: 120_000 },
    );
    const openMs = (await opened.jsonValue()) as number;

    if (process.env.BENCH_SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.BENCH_SCREENSHOT_DIR}/${target.name}.png` });
    // The caret at the end of the first paragraph, set in the page (a click would wait for a
    // busy page to settle first).
    await page.evaluate(() => {
      const paragraph = document.querySelector('.ProseMirror p')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      range.collapse(false);
      (paragraph.closest('.ProseMirror') as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples = samples;
      document.addEventListener(
        'keydown',
        (event) => {
          const pressedAt = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => samples.push(performance.now() - pressedAt);
            channel.port2.postMessage(null);
          });
        },
        true,
      );
    });
    // BENCH_CPU_PROFILE_DIR=dir: a V8 CPU profile of the page while it takes the keystrokes.
    const profiler = process.env.BENCH_CPU_PROFILE_DIR ? await context.newCDPSession(page) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    for (let index = 0; index < keystrokes; index += 1) {
      await page.keyboard.press('x');
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(200);
    if (profiler) {
      const { profile } = await profiler.send('Profiler.stop');
      writeFileSync(path.join(process.env.BENCH_CPU_PROFILE_DIR!, `${target.name}-keystrokes.cpuprofile`), JSON.stringify(profile));
    }
    const samples = await page.evaluate(() => (window as unknown as { keystrokeSamples: number[] }).keystrokeSamples);
    const typed = await page.evaluate(() => (document.querySelector('.ProseMirror p')?.textContent ?? '').match(/x/g)?.length ?? 0);
    if (typed < keystrokes) throw new Error(`${target.name}: only ${typed} of ${keystrokes} keystrokes reached the first paragraph`);
    return { openMs: round1(openMs), keystrokeP50Ms: round1(median(samples)), keystrokeP95Ms: round1(percentile(samples, 95)), keystrokes: samples.length };
  } finally {
    await context.close();
    typists.stop();
  }
}

/** `rounds` runs of each target, alternating which goes first. */
async function sideBySide(browser: Browser, targets: [Target, Target], rounds: number, keystrokes: number, runs: BrowserResult['runs']) {
  const byName = new Map<string, PageRun[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const run = await measurePage(browser, target, keystrokes);
      byName.get(target.name)!.push(run);
      runs.push({ page: target.name, ...run });
      console.log(JSON.stringify({ page: target.name, ...run }));
    }
  }
  const summary = (name: string) => {
    const of = byName.get(name)!;
    return { openMs: round1(median(of.map((run) => run.openMs))), keystrokeP95Ms: round1(median(of.map((run) => run.keystrokeP95Ms))) };
  };
  return [summary(targets[0].name), summary(targets[1].name)] as const;
}

async function docxExportTimes(target: Target & { guideId: string }): Promise<{ first: number; median: number }> {
  const time = async () => {
    const started = performance.now();
    const response = await fetch(`${target.server.httpUrl}/api/guides/${target.guideId}/export.docx?edition=teacher`, { headers: { authorization: `Bearer ${target.token}` } });
    if (!response.ok) throw new Error(`export.docx: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    return performance.now() - started;
  };
  const first = await time();
  const warm: number[] = [];
  for (let index = 0; index < 5; index += 1) warm.push(await time());
  return { first: round1(first), median: round1(median(warm)) };
}

export async function browserBench(quick = false): Promise<BrowserResult> {
  const rounds = quick ? 1 : 3;
  const keystrokes = quick ? 30 : 120;
  await buildClient();
  const product = await startBenchServer('daoxuean', { COLLAB_MAX_CONNECTIONS_PER_USER: '1000' });
  const bare = await startBareEditorServer();
  const browser = await launchBrowser();
  const runs: BrowserResult['runs'] = [];
  try {
    const figureSrc = await uploadFigure(product);
    const standard = { name: 'daoxuean', ...(await productGuide(product, 'standard', figureSrc)) };
    const rich = { name: 'formulas', ...(await productGuide(product, 'rich', figureSrc)) };
    const plain = { name: 'plain', ...(await productGuide(product, 'plain', figureSrc)) };
    // Bare Hocuspocus keeps a document only while someone has it open: this client does.
    const bareWriter = await writeContent(bare.wsUrl, 'bench-standard', 'bench', benchGuide('standard'));
    const bareTarget: Target = { name: 'bare', server: bare, docName: 'bench-standard', url: '/?doc=bench-standard', token: 'bench', login: null };

    const [daoxuean, bareSummary] = await sideBySide(browser, [standard, bareTarget], rounds, keystrokes, runs);
    const [formulas, plainSummary] = await sideBySide(browser, [rich, plain], rounds, keystrokes, runs);
    const docxExportMs = await docxExportTimes(rich);
    bareWriter.destroy();
    return {
      openMs: { daoxuean: daoxuean.openMs, bare: bareSummary.openMs },
      keystrokeP95Ms: { daoxuean: daoxuean.keystrokeP95Ms, bare: bareSummary.keystrokeP95Ms },
      richContent: {
        formulas: 300,
        figures: 30,
        openMs: { formulas: formulas.openMs, plain: plainSummary.openMs },
        keystrokeP95Ms: { formulas: formulas.keystrokeP95Ms, plain: plainSummary.keystrokeP95Ms },
        docxExportMs,
      },
      runs,
      rounds,
      loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
    };
  } finally {
    await browser.close();
    await product.stop();
    await bare.stop();
  }
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;

/** The side-by-side tables for latest.md and the README. */
export function browserTable(result: BrowserResult): string {
  const { openMs, keystrokeP95Ms, richContent: rich } = result;
  return [
    '| in Chromium (medians of ' + result.rounds + ' alternating runs) | this server and client | bare Tiptap + Hocuspocus | ratio |',
    '|---|---|---|---|',
    `| open a 30-page guide until editable, ms | ${openMs.daoxuean} | ${openMs.bare} | ${ratio(openMs.daoxuean, openMs.bare)} |`,
    `| keystroke to paint p95 with ${teachers} others typing, ms | ${keystrokeP95Ms.daoxuean} | ${keystrokeP95Ms.bare} | ${ratio(keystrokeP95Ms.daoxuean, keystrokeP95Ms.bare)} |`,
    '',
    `| the same guide in this client | ${rich.formulas} formulas + ${rich.figures} figures | as plain text | ratio |`,
    '|---|---|---|---|',
    `| open until editable (formulas rendered), ms | ${rich.openMs.formulas} | ${rich.openMs.plain} | ${ratio(rich.openMs.formulas, rich.openMs.plain)} |`,
    `| keystroke to paint p95 with ${teachers} others typing, ms | ${rich.keystrokeP95Ms.formulas} | ${rich.keystrokeP95Ms.plain} | ${ratio(rich.keystrokeP95Ms.formulas, rich.keystrokeP95Ms.plain)} |`,
    `| Word export (教师版) of the formula guide, ms | first ${rich.docxExportMs.first}, then median ${rich.docxExportMs.median} | | |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  stopIfDryRun('bench/browser.ts', { quick: benchArgs.quick });
  const result = await browserBench(benchArgs.quick);
  console.log(browserTable(result));
  console.log(`load average at the end: ${result.loadAverage.join(', ')} on ${os.cpus().length} cores`);
}
