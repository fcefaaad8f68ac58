import type { ReactNode } from 'react';

const numberFormat = new Intl.NumberFormat('en-GB');

/** "N of M appointments"; while the first data loads, says so instead. */
export function countText(shown: number, inRange: number, loading: boolean): string {
  if (loading && inRange === 0) return 'Loading appointments…';
  const noun = inRange === 1 ? 'appointment' : 'appointments';
  return `${numberFormat.format(shown)} of ${numberFormat.format(inRange)} ${noun}`;
}

/** The heading row above the table: title, the polite live count, and the table's actions. */
export function ListToolbar({ count, actions }: { count: string; actions: ReactNode }) {
  return (
    <div className="list-toolbar">
      <h1 id="appointments-heading">Appointments</h1>
      <p className="list-count" role="status">
        {count}
      </p>
      <div className="list-actions">{actions}</div>
    </div>
  );
}
