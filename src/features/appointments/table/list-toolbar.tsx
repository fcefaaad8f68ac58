import type { ReactNode } from 'react';

const numberFormat = new Intl.NumberFormat('en-GB');

const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * "N of M appointments" once every provider has answered. While some still load, or the server's
 * mirror is still on its first sync of one, the numbers are only a floor: "At least N appointments:
 * Caspen still syncing" (never "67 of 67", never a silently short list).
 */
export function countText(
  shown: number,
  inRange: number,
  stillLoading: readonly string[],
  stillSyncing: readonly string[] = [],
): string {
  if (stillLoading.length > 0 && inRange === 0) return 'Loading appointments…';
  if (stillLoading.length > 0 || stillSyncing.length > 0) {
    const noun = shown === 1 ? 'appointment' : 'appointments';
    const why = [
      ...(stillSyncing.length > 0 ? [`${names.format(stillSyncing)} still syncing`] : []),
      ...(stillLoading.length > 0 ? [`${names.format(stillLoading)} still loading`] : []),
    ];
    return `At least ${numberFormat.format(shown)} ${noun}: ${why.join(', ')}`;
  }
  const noun = inRange === 1 ? 'appointment' : 'appointments';
  return `${numberFormat.format(shown)} of ${numberFormat.format(inRange)} ${noun}`;
}

/**
 * The heading row above the table: title, the polite live count, and the table's actions; `below`
 * (held changes, freshness) sits under it, full width.
 */
export function ListToolbar({
  count,
  actions,
  below,
}: {
  count: string;
  actions: ReactNode;
  below?: ReactNode;
}) {
  return (
    <div className="list-toolbar">
      <h1 id="appointments-heading">Appointments</h1>
      <p className="list-count" role="status">
        {count}
      </p>
      <div className="list-actions">{actions}</div>
      {below ? <div className="list-toolbar-below">{below}</div> : null}
    </div>
  );
}
