import { readFileSync, writeFileSync } from 'node:fs';

/** A process's resident memory now and its peak since the last resetPeakMemory, in bytes (Linux /proc). */
export function processMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kilobytes('VmRSS') * 1024, peak: kilobytes('VmHWM') * 1024 };
}

/** Starts a process's peak resident memory (VmHWM) again from its current size. */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** How far a process's resident memory rose above its size at the start while `work` ran, in bytes. */
export async function memoryGrowthDuring(pid: number, work: () => Promise<unknown>): Promise<number> {
  resetPeakMemory(pid);
  const before = processMemory(pid).rss;
  await work();
  return processMemory(pid).peak - before;
}
