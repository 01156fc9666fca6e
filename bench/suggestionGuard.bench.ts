/**
 * Benchmark: the server checks every update of a suggest-only teacher (a member during 集体审稿)
 * by applying it to a scratch copy of the guide (kept per document) and comparing reject-all
 * before and after. This
 * measures that check per typed character on the seeded demo guide, which holds a growing number
 * of open suggestions, against applying the same update without any check (what an editing
 * teacher's update costs). Prints medians. Run with `npm run bench` or `npx tsx bench/suggestionGuard.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { SuggestionChecker } from '../server/collab/suggestionCheck.ts';
import { contentFragmentName, jsonToYDoc } from '../shared/editor/schema.ts';
import { median } from './lib/percentile.ts';
import { benchArgs, stopIfDryRun } from './lib/benchArgs.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const guide = JSON.parse(readFileSync(path.join(here, '../server/seed/demoGuide.json'), 'utf8')) as JSONContent;

/** The first text of the guide, where every suggestion goes. */
function firstText(doc: Y.Doc): Y.XmlText {
  const walk = (element: Y.XmlElement | Y.XmlFragment): Y.XmlText | null => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) return child;
      if (child instanceof Y.XmlElement) {
        const found = walk(child);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(doc.getXmlFragment(contentFragmentName))!;
}

const server = jsonToYDoc(guide);
const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
const text = firstText(client);
const checker = new SuggestionChecker();
const checks: number[] = [];
const plain: number[] = [];
const keystrokes = benchArgs.quick ? 100 : 400;
stopIfDryRun('bench/suggestionGuard.bench.ts', { keystrokes });
let refused = 0;
for (let index = 0; index < keystrokes; index++) {
  const before = Y.encodeStateVector(client);
  // A new suggestion every 20 characters, as several members type in turn.
  const attrs = { id: `s${Math.floor(index / 20)}`, author: 'user-zhangwei', createdAt: new Date().toISOString() };
  text.insert(index % 37, '改', { suggestInsert: attrs });
  const update = Y.encodeStateAsUpdate(client, before);

  let started = performance.now();
  const verdict = checker.check(server, update, 'user-zhangwei');
  checks.push(performance.now() - started);
  if (!verdict.ok) refused++;

  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  started = performance.now();
  Y.applyUpdate(copy, update);
  plain.push(performance.now() - started);
  copy.destroy();
  Y.applyUpdate(server, update);
}
const size = Y.encodeStateAsUpdate(server).length;
console.log(`Suggest-only check on the demo guide (${(size / 1024).toFixed(1)} KB state, ${keystrokes} keystrokes, ${keystrokes / 20} suggestions):`);
console.log(`  check per keystroke: median ${median(checks).toFixed(2)} ms, p95 ${[...checks].sort((a, b) => a - b)[Math.floor(checks.length * 0.95)]!.toFixed(2)} ms`);
console.log(`  applying the same update unchecked: median ${median(plain).toFixed(3)} ms`);
console.log(`  refused: ${refused} (expected 0)`);

// The leader types directly while members suggest: each of his updates is watched for merge
// effects on the suggestions (see server/collab/suggestionRepair.ts).
const leader = new Y.Doc();
Y.applyUpdate(leader, Y.encodeStateAsUpdate(server));
const leaderText = firstText(leader);
const watched: number[] = [];
let repaired = 0;
for (let index = 0; index < keystrokes; index++) {
  const before = Y.encodeStateVector(leader);
  leaderText.insert(leaderText.length, '订', {});
  const update = Y.encodeStateAsUpdate(leader, before);
  const started = performance.now();
  const repair = checker.repairFor(server, update, 'user-wanglei');
  watched.push(performance.now() - started);
  if (repair) repaired++;
  Y.applyUpdate(server, update);
}
console.log(`  a direct edit while members suggest, watched: median ${median(watched).toFixed(2)} ms, p95 ${[...watched].sort((a, b) => a - b)[Math.floor(watched.length * 0.95)]!.toFixed(2)} ms`);
console.log(`  repaired: ${repaired} (expected 0)`);
