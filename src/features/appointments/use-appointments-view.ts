import { useMemo, useState } from 'react';
import type { Appointment } from '../../domain/appointment.ts';
import type { Range } from '../../domain/range.ts';
import type { QuarantinedRecord } from '../../providers/contract.ts';
import { useAppointmentLists } from '../../providers/use-appointment-lists.ts';
import { applyFilters } from './filter-engine/apply-filters.ts';
import type { ListState } from './list-state/url-state.ts';
import { countInRange, createMerger } from './provider-status/merge-lists.ts';

/**
 * The list's data for the current URL state: every provider's list merged, filtered, sorted and
 * counted, plus what the status surfaces show (per-provider counts in the range, quarantined records).
 */
export function useAppointmentsView(state: ListState, range: Range) {
  const lists = useAppointmentLists(range);
  const [mergeAppointments] = useState(createMerger<Appointment>);
  const [mergeQuarantined] = useState(createMerger<QuarantinedRecord>);
  const all = mergeAppointments(lists.map((list) => list.appointments));
  const quarantined = mergeQuarantined(lists.map((list) => list.quarantined));
  const result = useMemo(() => applyFilters(all, state, range), [all, state, range]);
  const perProvider = useMemo(() => countInRange(all, range), [all, range]);
  const loading = lists.some((list) => list.status === 'loading');
  // Skeletons only until the first provider answers; after that, rows (or the empty state) show at once.
  const nothingYet = loading && all.length === 0;
  return { lists, quarantined, result, perProvider, loading, nothingYet };
}
