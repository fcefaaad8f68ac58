import type { Appointment } from '../../../domain/appointment.ts';
import type { DetailNav } from './detail-frame.tsx';

/** What the list route hands its child detail route through `<Outlet context>`. */
export interface DetailContext {
  /** The filtered, sorted rows: previous/next walk these. */
  rows: Appointment[];
  timeZone: string;
  go: (appointment: Appointment) => void;
  close: () => void;
}

/** Previous/next around `key` in the current rows; both null when it is not in them. */
export function neighbours(rows: readonly Appointment[], key: string, go: DetailNav['go']): DetailNav {
  const index = rows.findIndex((row) => row.key === key);
  if (index < 0) return { prev: null, next: null, position: null, total: rows.length, go };
  return {
    prev: rows[index - 1] ?? null,
    next: rows[index + 1] ?? null,
    position: index + 1,
    total: rows.length,
    go,
  };
}
