import type { Appointment } from './appointment.ts';

/** Epoch-ms bounds of a half-open range [fromMs, toMs). */
export interface MsRange {
  fromMs: number;
  toMs: number;
}

/** Converts ISO range bounds (as in `InstantRange`) to epoch ms. */
export function msRange(range: { from: string; to: string }): MsRange {
  return { fromMs: Date.parse(range.from), toMs: Date.parse(range.to) };
}

/**
 * True when the appointment starts inside [fromMs, toMs). Caspen and Appointment.one cannot filter by date
 * upstream, so views apply the range with this one rule for every provider.
 */
export function startsWithin(appointment: Pick<Appointment, 'startMs'>, range: MsRange): boolean {
  return appointment.startMs >= range.fromMs && appointment.startMs < range.toMs;
}

/** The appointments that start inside the range, in their original order. */
export function filterByRange<T extends Pick<Appointment, 'startMs'>>(
  appointments: readonly T[],
  range: MsRange,
): T[] {
  return appointments.filter((appointment) => startsWithin(appointment, range));
}
