// npm run bench [-- --quick] [-- --dry-run]: every benchmark in turn, each with the same flags
// (also passed on as BENCH_QUICK=1 / BENCH_DRY_RUN=1), stopping at the first that fails.
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
const benchmarks = ['bench/run.ts', 'bench/idleMemory.ts', 'bench/diff.bench.ts', 'bench/suggestionGuard.bench.ts', 'bench/check.bench.ts', 'bench/search.bench.ts', 'bench/importCorpus.bench.ts'];

for (const benchmark of benchmarks) {
  const { status, signal } = spawnSync(process.execPath, [tsx, benchmark, ...args], { cwd: root, env, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${benchmark} failed (${signal ?? `exit code ${status}`})`);
    process.exit(status ?? 1);
  }
}
