// npm run bench [-- --quick] [-- --dry-run] [-- --only a,b]: every benchmark in turn, each with
// the same flags (also passed on as BENCH_QUICK=1 / BENCH_DRY_RUN=1), stopping at the first that
// fails. bench/run.ts holds issue 20's parts (latency, idle, replay, browser, bundle, openGuides,
// scaleOut, coldLoad, docx, docxFirst); the others are named by their file: diff, suggestionGuard, check, search,
// importCorpus. `--only browser` runs only that part, `--only diff,check` only those files.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const args = process.argv.slice(2);
const env = {
  ...process.env,
  ...(args.includes('--quick') ? { BENCH_QUICK: '1' } : {}),
  ...(args.includes('--dry-run') ? { BENCH_DRY_RUN: '1' } : {}),
};
const runParts = ['latency', 'idle', 'replay', 'browser', 'bundle', 'openGuides', 'scaleOut', 'coldLoad', 'docx', 'docxFirst'];
const others = {
  diff: 'bench/diff.bench.ts',
  suggestionGuard: 'bench/suggestionGuard.bench.ts',
  check: 'bench/check.bench.ts',
  search: 'bench/search.bench.ts',
  importCorpus: 'bench/importCorpus.bench.ts',
};
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? '').split(',').filter(Boolean) : null;
const unknown = only?.filter((name) => !runParts.includes(name) && !(name in others)) ?? [];
if (unknown.length > 0) {
  console.error(`--only: unknown ${unknown.join(', ')} (parts: ${[...runParts, ...Object.keys(others)].join(', ')})`);
  process.exit(2);
}

const benchmarks = [];
const wantedParts = only ? only.filter((name) => runParts.includes(name)) : runParts;
if (wantedParts.length > 0) benchmarks.push(['bench/run.ts', only ? ['--only', wantedParts.join(',')] : []]);
for (const [name, file] of Object.entries(others)) if (!only || only.includes(name)) benchmarks.push([file, []]);
const shared = args.filter((arg, index) => arg !== '--only' && index !== onlyIndex + 1);

for (const [benchmark, extra] of benchmarks) {
  const { status, signal } = spawnSync(process.execPath, [tsx, benchmark, ...shared, ...extra], { cwd: root, env, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${benchmark} failed (${signal ?? `exit code ${status}`})`);
    process.exit(status ?? 1);
  }
}
