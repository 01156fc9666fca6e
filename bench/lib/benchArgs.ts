/**
 * The flags every benchmark takes, from its own arguments or from the environment the bench
 * runner (scripts/bench.mjs) passes on: `--quick` (BENCH_QUICK=1) for a short run, `--dry-run`
 * (BENCH_DRY_RUN=1) to print the settings it would run with and stop.
 */
export const benchArgs = {
  quick: process.argv.includes('--quick') || process.env.BENCH_QUICK === '1',
  dryRun: process.argv.includes('--dry-run') || process.env.BENCH_DRY_RUN === '1',
};

/** With --dry-run, prints the benchmark's settings and ends the process. */
export function stopIfDryRun(benchmark: string, settings: Record<string, unknown>): void {
  if (!benchArgs.dryRun) return;
  console.log(`${benchmark} (dry run): ${JSON.stringify({ quick: benchArgs.quick, ...settings })}`);
  process.exit(0);
}
