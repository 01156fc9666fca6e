/**
 * Benchmark: the per-class view compares a final with every class copy of it. Forty copies
 * of the seeded demo guide, each adapted differently (sentences added, a paragraph dropped,
 * minutes changed, a 教师复备栏 note, a new block, a block moved), are diffed against the final.
 * Prints the median of several runs. Run with `npm run bench` or `npx tsx bench/diff.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import { diff } from '../shared/diff/diff.ts';
import { median } from './lib/percentile.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const finalText = readFileSync(path.join(here, '../server/seed/demoGuide.json'), 'utf8');
const copyCount = 40;
const runs = benchArgs.quick ? 5 : 15;
stopIfDryRun('bench/diff.bench.ts', { copyCount, runs });

/** A small deterministic generator, so every run measures the same copies. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const additions = ['先复习正比例函数的定义，再引入一次函数。', '（2）班基础较弱，这里多举一个生活中的例子。', 'Ask two groups to present their answers.', '补充：当 k<0 时，y 随 x 的增大而减小。'];

function paragraphsOf(node: JSONContent): JSONContent[] {
  if (node.type === 'paragraph') return [node];
  return (node.content ?? []).flatMap(paragraphsOf);
}

/** One teacher's adaptation of the final for one class. */
function adaptedCopy(index: number): JSONContent {
  const next = random(index + 1);
  const copy = JSON.parse(finalText) as JSONContent;
  const blocks = copy.content!;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  for (let edit = 0; edit < 1 + (index % 4); edit += 1) {
    const paragraph = pick(paragraphsOf(pick(blocks)));
    paragraph.content = [...(paragraph.content ?? []), { type: 'text', text: pick(additions) }];
  }
  if (index % 3 === 0) {
    const target = pick(blocks);
    const removable = target.content?.findIndex((child) => child.type === 'paragraph') ?? -1;
    if (removable >= 0 && target.content!.length > 1) target.content!.splice(removable, 1);
  }
  if (index % 4 === 1) {
    const target = pick(blocks);
    target.attrs = { ...target.attrs, minutes: 5 + (index % 7) };
  }
  if (index % 5 === 2) {
    pick(blocks).content!.push({ type: 'teacherNote', attrs: { id: `note-${index}` }, content: [{ type: 'paragraph', content: [{ type: 'text', text: pick(additions) }] }] });
  }
  if (index % 6 === 3) {
    blocks.push({ type: 'reflection', attrs: { id: `reflection-${index}`, title: '教后反思', minutes: null, audience: 'teacher' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '效果好的地方：小组讨论充分。' }] }] });
  }
  if (index % 7 === 4) blocks.splice(1, 0, ...blocks.splice(blocks.length - 2, 1));
  return copy;
}

const copies = Array.from({ length: copyCount }, (_, index) => adaptedCopy(index));
const cold: number[] = [];
const warm: number[] = [];
const final = JSON.parse(finalText) as JSONContent;
let changedBlocks = 0;
for (let run = 0; run < runs; run += 1) {
  // Cold: the final and the copies freshly parsed, as the server reads them for each request.
  const freshFinal = JSON.parse(finalText) as JSONContent;
  const freshCopies = copies.map((copy) => structuredClone(copy));
  let started = performance.now();
  for (const copy of freshCopies) diff(freshFinal, copy);
  cold.push(performance.now() - started);
  // Warm: the same objects again, with the JIT warmed up by the cold pass.
  started = performance.now();
  changedBlocks = 0;
  for (const copy of copies) changedBlocks += diff(final, copy).stats.blocksChanged;
  warm.push(performance.now() - started);
}

const blocks = final.content?.length ?? 0;
console.log(`diff of a final (${blocks} blocks, ${finalText.length} bytes of JSON) against ${copyCount} class copies (${changedBlocks} changed blocks in all), ${runs} runs:`);
console.log(`  median total, cold (freshly parsed JSON): ${median(cold).toFixed(1)} ms  (${(median(cold) / copyCount).toFixed(2)} ms per copy)`);
console.log(`  median total, warm (same JSON objects):   ${median(warm).toFixed(1)} ms  (${(median(warm) / copyCount).toFixed(2)} ms per copy)`);
