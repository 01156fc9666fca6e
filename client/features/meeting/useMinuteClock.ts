import { useEffect, useState } from 'react';

/** The current time, renewed every few seconds while `running`, for "已开始 N 分钟". */
export function useMinuteClock(running: boolean, everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [running, everyMs]);
  return now;
}
