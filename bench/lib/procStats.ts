import { readFileSync } from 'node:fs';

const clockTicksPerSecond = 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command: state(0) ... utime(11) stime(12).
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

/** Resident memory of a process in MB, from /proc. */
export function processRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = status.match(/VmRSS:\s+(\d+)\s+kB/);
  return match ? Number(match[1]) / 1024 : 0;
}

/** Samples a process's CPU share and peak RSS between start() and stop(). */
export function sampleProcess(pid: number, intervalMs = 250) {
  let peakRss = 0;
  const startedAt = performance.now();
  const startCpu = processCpuSeconds(pid);
  const timer = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, processRssMb(pid));
    } catch {
      // the process is gone
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (performance.now() - startedAt) / 1000;
      const cpu = (processCpuSeconds(pid) - startCpu) / seconds;
      peakRss = Math.max(peakRss, processRssMb(pid));
      return { cpu, rssMb: peakRss };
    },
  };
}
