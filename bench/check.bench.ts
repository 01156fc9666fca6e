/**
 * Benchmark: the 导学案体检 runs in the browser a moment after every change, so checking a
 * long guide must stay well under a frame budget (goal: median < 20 ms on a 30-page guide).
 * The guide is the seeded demo guide (about three printed A4 pages) repeated ten times with
 * fresh block and question ids: 120 blocks, about 27,000 characters. Prints the median and
 * p95 of checkGuide over the runs. Run with `npx tsx bench/check.bench.ts` (`--quick` for a
 * short run).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { checkGuide } from '../shared/check/checkGuide.ts';
import { guideSchema } from '../shared/editor/schema.ts';
import type { GuideCheckFacts } from '../shared/check/types.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';
import { median, percentile } from './lib/percentile.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeded = JSON.parse(readFileSync(path.join(here, '../server/seed/demoGuide.json'), 'utf8')) as JSONContent;
const repeats = 10;
const warmUp = benchArgs.quick ? 5 : 20;
const runs = benchArgs.quick ? 20 : 200;
stopIfDryRun('bench/check.bench.ts', { repeats, warmUp, runs });

/** A copy of a node with every id made unique for this repeat. */
function withIds(node: JSONContent, repeat: number): JSONContent {
  const copy: JSONContent = { ...node };
  if (typeof node.attrs?.id === 'string') copy.attrs = { ...node.attrs, id: `${node.attrs.id}-${repeat}` };
  if (node.content) copy.content = node.content.map((child) => withIds(child, repeat));
  return copy;
}

const guide: JSONContent = {
  type: 'doc',
  content: Array.from({ length: repeats }, (_, repeat) => (seeded.content ?? []).map((block) => withIds(block, repeat))).flat(),
};
const facts: GuideCheckFacts = { grade: 8, lessonType: '新授课', stage: 'revising', leadDrafter: '李芳', reviewer: null };

function textLength(node: JSONContent): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + textLength(child), 0);
}

/** Times `work` over the runs after warming up; returns the times in milliseconds. */
function measure(work: () => void): number[] {
  for (let run = 0; run < warmUp; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

const describe = (times: number[]) => `median ${median(times).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`;
const findings = checkGuide(guide, facts).findings.length;
const checkTimes = measure(() => checkGuide(guide, facts));
// What the browser does after a change: the editor's document to JSON (editor.getJSON()), then the check.
const node = guideSchema().nodeFromJSON(guide);
const browserTimes = measure(() => checkGuide(node.toJSON() as JSONContent, facts));

console.log(`30-page guide: ${guide.content?.length} blocks, ${textLength(guide)} characters, ${findings} findings, ${runs} runs`);
console.log(`checkGuide:                 ${describe(checkTimes)} (goal: median < 20 ms)`);
console.log(`document to JSON + check:   ${describe(browserTimes)}`);
