/** The Today board's rows grouped by the local hour they start in. */
import { tzOffset } from '@date-fns/tz';
import type { Appointment } from '../appointment.ts';

const HOUR_MS = 3_600_000;

export interface HourGroup<T> {
  /** The instant the local hour starts. */
  hourMs: number;
  /** The index of the group's first row in the whole list. */
  first: number;
  rows: T[];
}

/** The instant the local hour containing `ms` starts in `tz` (half-hour zones included). */
export function localHourStart(ms: number, tz: string): number {
  const offset = tzOffset(tz, new Date(ms));
  const offsetMs = (Number.isFinite(offset) ? offset : 0) * 60_000;
  return Math.floor((ms + offsetMs) / HOUR_MS) * HOUR_MS - offsetMs;
}

/** Consecutive rows that start in the same local hour share a group; the row order is kept. */
export function groupByHour<T extends Pick<Appointment, 'startMs'>>(
  rows: readonly T[],
  tz: string,
): HourGroup<T>[] {
  const groups: HourGroup<T>[] = [];
  rows.forEach((row, index) => {
    const hourMs = localHourStart(row.startMs, tz);
    const last = groups[groups.length - 1];
    if (last && last.hourMs === hourMs) last.rows.push(row);
    else groups.push({ hourMs, first: index, rows: [row] });
  });
  return groups;
}

/** Where the now line goes: the index of the first row starting at or after `nowMs` (rows by start). */
export function nowIndex(rows: readonly Pick<Appointment, 'startMs'>[], nowMs: number): number {
  const index = rows.findIndex((row) => row.startMs >= nowMs);
  return index === -1 ? rows.length : index;
}
