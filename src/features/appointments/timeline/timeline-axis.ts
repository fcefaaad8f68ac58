/**
 * The timeline's horizontal scale: which hours of the day it spans and where an instant falls. It
 * spans the working day (08:00-18:00 local) widened to whole hours around whatever is booked, never
 * past the day's own bounds (which DST can make 23 or 25 hours long).
 */
import { localHourStart } from '../../../domain/day/hour-groups.ts';
import type { Appointment } from '../../../domain/appointment.ts';
import type { Range } from '../../../domain/range.ts';

export const HOUR_MS = 3_600_000;
export const HOUR_PX = 96;
const WORK_START_H = 8;
const WORK_END_H = 18;

export interface Axis {
  fromMs: number;
  toMs: number;
  /** The instants of each hour mark from `fromMs` (local hours, so half-hour zones stay aligned). */
  hours: number[];
  widthPx: number;
}

export function buildAxis(
  rows: readonly Pick<Appointment, 'startMs' | 'endMs'>[],
  day: Range,
  tz: string,
): Axis {
  let from = localHourStart(day.from + WORK_START_H * HOUR_MS, tz);
  let to = localHourStart(day.from + WORK_END_H * HOUR_MS, tz);
  // The local hour start only grows with the instant, so the earliest start and latest end decide:
  // two zone lookups, not two per appointment.
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.startMs);
    last = Math.max(last, row.endMs, row.startMs);
  }
  if (rows.length > 0) {
    from = Math.min(from, localHourStart(first, tz));
    to = Math.max(to, localHourStart(last - 1, tz) + HOUR_MS);
  }
  from = Math.max(from, day.from);
  to = Math.min(Math.max(to, from + HOUR_MS), day.to);
  const hours: number[] = [];
  for (let t = from; t < to; t += HOUR_MS) hours.push(t);
  return { fromMs: from, toMs: to, hours, widthPx: ((to - from) / HOUR_MS) * HOUR_PX };
}

/** Pixels from the axis start, clamped to the axis. */
export function xOf(axis: Axis, ms: number): number {
  const clamped = Math.min(axis.toMs, Math.max(axis.fromMs, ms));
  return ((clamped - axis.fromMs) / HOUR_MS) * HOUR_PX;
}

/** Left and width of a block; at least 24 px wide so it stays a usable target. */
export function blockBox(axis: Axis, startMs: number, endMs: number): { left: number; width: number } {
  const left = xOf(axis, startMs);
  return { left, width: Math.max(24, xOf(axis, endMs) - left) };
}
