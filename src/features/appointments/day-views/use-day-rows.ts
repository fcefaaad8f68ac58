import { useMemo } from 'react';
import type { Appointment } from '../../../domain/appointment.ts';
import { filterBySummary, summarise, type DaySummary } from '../../../domain/day/day-summary.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { ListState } from '../list-state/url-state.ts';

export interface DayRows {
  /** What the view shows: the filtered rows, narrowed by the Today board's summary filters. */
  rows: Appointment[];
  summary: DaySummary<Appointment>;
  nowMs: number;
}

/** "Late" and "next due" move with the clock, so the board re-reads it every half minute. */
const TICK_MS = 30_000;

function byStart(a: Appointment, b: Appointment): number {
  return a.startMs - b.startMs || a.endMs - b.endMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The rows after the view's own filter, with the Today summary; `now` is the injected clock. */
export function useDayRows(rows: Appointment[], state: ListState, now: () => number = Date.now): DayRows {
  const nowMs = useNow(now, TICK_MS);
  const today = state.view === 'today';
  // A day reads in time order whatever the list's sort (hour groups, lanes): J/K follow the same order.
  const ordered = useMemo(
    () => (state.view === 'list' || state.sort === 'start' ? rows : [...rows].sort(byStart)),
    [rows, state.view, state.sort],
  );
  const summary = useMemo(() => summarise(today ? ordered : [], nowMs), [ordered, nowMs, today]);
  const shown = useMemo(
    () => (today ? filterBySummary(ordered, state.show, nowMs) : ordered),
    [ordered, state.show, nowMs, today],
  );
  return { rows: shown, summary, nowMs };
}
