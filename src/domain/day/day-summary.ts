/**
 * The Today board's summary strip: what a receptionist checks at a glance, each also a filter. "Late"
 * is an appointment whose start has passed while it still waits (pending or confirmed): arrived,
 * no-show, cancelled and unmapped statuses are settled one way or another.
 */
import { z } from 'zod/mini';
import type { Appointment } from '../appointment.ts';

export const SUMMARY_KEYS = ['next', 'arrived', 'late', 'no_show', 'cancelled'] as const;
export const summaryKeySchema = z.enum(SUMMARY_KEYS);
export type SummaryKey = z.infer<typeof summaryKeySchema>;

export const SUMMARY_LABELS: Record<SummaryKey, string> = {
  next: 'Next due',
  arrived: 'Arrived',
  late: 'Late',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

type Row = Pick<Appointment, 'startMs' | 'status'>;

/** Whether an appointment counts under a summary key at `nowMs`. */
export function inSummary(row: Row, key: SummaryKey, nowMs: number): boolean {
  switch (key) {
    case 'next':
      return row.startMs > nowMs && (row.status === 'pending' || row.status === 'confirmed');
    case 'late':
      return row.startMs <= nowMs && (row.status === 'pending' || row.status === 'confirmed');
    case 'arrived':
    case 'no_show':
    case 'cancelled':
      return row.status === key;
  }
}

export interface DaySummary<T extends Row> {
  counts: Record<SummaryKey, number>;
  /** The first upcoming appointment, if any. */
  next: T | null;
}

export function summarise<T extends Row>(rows: readonly T[], nowMs: number): DaySummary<T> {
  const counts: Record<SummaryKey, number> = { next: 0, arrived: 0, late: 0, no_show: 0, cancelled: 0 };
  let next: T | null = null;
  for (const row of rows) {
    for (const key of SUMMARY_KEYS) if (inSummary(row, key, nowMs)) counts[key] += 1;
    if (inSummary(row, 'next', nowMs) && (next === null || row.startMs < next.startMs)) next = row;
  }
  return { counts, next };
}

/** The rows under any of the selected keys (they add up); no keys means every row. */
export function filterBySummary<T extends Row>(
  rows: readonly T[],
  keys: readonly SummaryKey[],
  nowMs: number,
): T[] {
  if (keys.length === 0) return rows as T[];
  return rows.filter((row) => keys.some((key) => inSummary(row, key, nowMs)));
}
