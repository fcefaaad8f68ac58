import type { Appointment } from './appointment.ts';

/**
 * The one range type. Instants are epoch milliseconds and half-open, [from, to): the list's date range,
 * an adapter's request, a query key. `Range<CalendarDay>` is the inclusive pair of days in the URL.
 */
export interface Range<T = number> {
  from: T;
  to: T;
}

/**
 * True when the appointment starts inside the range. Some providers cannot filter by date upstream, so
 * views apply the range with this one rule for every provider.
 */
export function startsWithin(appointment: Pick<Appointment, 'startMs'>, range: Range): boolean {
  return appointment.startMs >= range.from && appointment.startMs < range.to;
}

/** The appointments that start inside the range, in their original order. */
export function filterByRange<T extends Pick<Appointment, 'startMs'>>(
  appointments: readonly T[],
  range: Range,
): T[] {
  return appointments.filter((appointment) => startsWithin(appointment, range));
}
