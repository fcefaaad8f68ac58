import { useNow } from '../../../lib/use-now.ts';

/** "Updated 12 s ago" (then minutes), from the oldest provider answer; re-read every second. */
export function updatedText(updatedAt: number | null, nowMs: number): string {
  if (updatedAt === null) return 'Not updated yet';
  const seconds = Math.max(0, Math.round((nowMs - updatedAt) / 1000));
  if (seconds < 90) return `Updated ${seconds} s ago`;
  return `Updated ${Math.round(seconds / 60)} min ago`;
}

export function UpdatedAgo({
  updatedAt,
  refreshing,
  onRefresh,
  now = Date.now,
}: {
  updatedAt: number | null;
  refreshing: boolean;
  onRefresh: () => void;
  now?: () => number;
}) {
  const nowMs = useNow(now, 1000);
  return (
    <div className="day-view-updated">
      {/* Not a live region: a sentence changing every second would be read out every second. */}
      <span>{refreshing ? 'Refreshing…' : updatedText(updatedAt, nowMs)}</span>
      <button type="button" className="button" onClick={onRefresh} disabled={refreshing}>
        Refresh
      </button>
    </div>
  );
}
