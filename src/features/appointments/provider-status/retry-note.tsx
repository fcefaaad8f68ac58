import { useNow } from '../../../lib/use-now.ts';

/** "retrying in 12 s" until the automatic retry starts, then "retrying now…". */
export function retryingText(retryAt: number, nowMs: number): string {
  const seconds = Math.ceil((retryAt - nowMs) / 1000);
  return seconds > 0 ? `retrying in ${seconds} s` : 'retrying now…';
}

/** A countdown to the next automatic retry, re-read every second while it is shown. */
export function RetryNote({ at, now = Date.now }: { at: number; now?: () => number }) {
  const nowMs = useNow(now, 1000);
  return <span className="retry-note">{retryingText(at, nowMs)}</span>;
}

/**
 * A Retry button does nothing while a retry it cannot hurry is already running; during the wait for an
 * automatic retry it starts one at once.
 */
export function retryBusy(list: { isFetching: boolean; retryAt: number | null }): boolean {
  return list.isFetching && list.retryAt === null;
}
