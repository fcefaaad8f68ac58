import type { ReactNode } from 'react';

const numberFormat = new Intl.NumberFormat('en-GB');

const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * "N of M appointments" once every provider has answered. While some still load, the numbers are
 * only a floor: "At least N appointments: Caspen still loading" (never "67 of 67").
 */
export function countText(shown: number, inRange: number, stillLoading: readonly string[]): string {
  if (stillLoading.length > 0 && inRange === 0) return 'Loading appointments…';
  if (stillLoading.length > 0) {
    const noun = shown === 1 ? 'appointment' : 'appointments';
    return `At least ${numberFormat.format(shown)} ${noun}: ${names.format(stillLoading)} still loading`;
  }
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
