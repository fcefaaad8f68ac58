import { useMemo, useState, type RefObject } from 'react';
import type { Appointment } from '../../domain/appointment.ts';
import type { Range } from '../../domain/range.ts';
import type { QuarantinedRecord } from '../../providers/contract.ts';
import { useAppointmentLists } from '../../providers/use-appointment-lists.ts';
import { applyFilters } from './filter-engine/apply-filters.ts';
import { FILTER_DIMENSIONS } from './filter-engine/dimensions.ts';
import type { ListState } from './list-state/url-state.ts';
import { countInRange, createMerger } from './provider-status/merge-lists.ts';
import { useHeldLists } from './live-updates/use-held-lists.ts';

/**
 * The list state as the filter step reads it: the same object while the filters, the search and the
 * sort stay equal, so switching the view (list, Today, timeline), its lanes or the Today toggles does
 * not filter every loaded appointment again (over 100,000 when Caspen and Appointment.one load all).
 */
function useFilterInput(state: ListState): ListState {
  const key = JSON.stringify([state.q, state.sort, ...FILTER_DIMENSIONS.map((d) => state[d.key])]);
  // `key` is every field applyFilters reads (the range carries the days and the zone).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => state, [key]);
}

/**
 * The list's data for the current URL state: every provider's list merged, filtered, sorted and
 * counted, plus what the status surfaces show (per-provider counts in the range, quarantined records).
 * Background refreshes are held while the staff member works in `region` (see useHeldLists).
 */
export function useAppointmentsView(state: ListState, range: Range, region: RefObject<HTMLElement | null>) {
  const held = useHeldLists(useAppointmentLists(range), `${range.from}-${range.to}`, region);
  const lists = held.lists;
  const [mergeAppointments] = useState(createMerger<Appointment>);
  const [mergeQuarantined] = useState(createMerger<QuarantinedRecord>);
  const all = mergeAppointments(lists.map((list) => list.appointments));
  const quarantined = mergeQuarantined(lists.map((list) => list.quarantined));
  const filterInput = useFilterInput(state);
  const result = useMemo(() => applyFilters(all, filterInput, range), [all, filterInput, range]);
  const perProvider = useMemo(() => countInRange(all, range), [all, range]);
  const loading = lists.some((list) => list.status === 'loading');
  // Skeletons only until the first provider answers; after that, rows (or the empty state) show at once.
  const nothingYet = loading && all.length === 0;
  return {
    lists,
    quarantined,
    result,
    perProvider,
    loading,
    nothingYet,
    pending: held.pending,
    show: held.show,
  };
}
