import { useEffect, useState } from 'react';

/**
 * The injected clock's time, re-read every `everyMs` so views that depend on "today" roll over at
 * midnight without a reload. Pass a stable `now` (module-level or memoised).
 */
export function useNow(now: () => number = Date.now, everyMs = 60_000): number {
  const [nowMs, setNowMs] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setNowMs(now()), everyMs);
    return () => clearInterval(timer);
  }, [now, everyMs]);
  return nowMs;
}
