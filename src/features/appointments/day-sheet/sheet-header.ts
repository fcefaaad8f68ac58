/** What the printed sheet says about itself: the days, every active filter, and when it was printed. */
import { PROVIDER_LABELS } from '../../../../contract/providers.ts';
import { SUMMARY_LABELS } from '../../../domain/day/day-summary.ts';
import { STATUS_LABELS } from '../../../domain/status.ts';
import { dayStartMs } from '../../../lib/zoned-dates.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';
import type { FacetOption } from '../filter-engine/dimensions.ts';
import type { ListState } from '../list-state/url-state.ts';
import { VIEW_LABELS } from '../list-state/view-params.ts';

function dayText(day: string, tz: string): string {
  // Noon, so a DST change at midnight cannot shift the date shown.
  return formatDate(dayStartMs(day, tz) + 12 * 3_600_000, tz);
}

export function sheetDays(state: Pick<ListState, 'from' | 'to' | 'tz'>): string {
  const from = dayText(state.from, state.tz);
  return state.from === state.to ? from : `${from} – ${dayText(state.to, state.tz)}`;
}

function labelsOf(values: readonly string[], options: readonly FacetOption[]): string {
  return values
    .map((value) => options.find((o) => o.value === value)?.label ?? value.slice(value.indexOf(':') + 1))
    .join(', ');
}

/** One "Name: values" line per active filter; empty when nothing narrows the list. */
export function sheetFilters(
  state: ListState,
  facets: { service: readonly FacetOption[]; location: readonly FacetOption[] },
): string[] {
  const lines: string[] = [];
  if (state.status.length > 0) lines.push(`Status: ${state.status.map((s) => STATUS_LABELS[s]).join(', ')}`);
  if (state.provider.length > 0)
    lines.push(`Provider: ${state.provider.map((p) => PROVIDER_LABELS[p]).join(', ')}`);
  if (state.service.length > 0) lines.push(`Service: ${labelsOf(state.service, facets.service)}`);
  if (state.location.length > 0) lines.push(`Location: ${labelsOf(state.location, facets.location)}`);
  if (state.q.trim() !== '') lines.push(`Search: “${state.q.trim()}”`);
  if (state.view === 'today' && state.show.length > 0)
    lines.push(`Showing: ${state.show.map((k) => SUMMARY_LABELS[k]).join(', ')}`);
  return lines;
}

export function sheetTitle(state: ListState): string {
  return state.view === 'list' ? 'Appointments' : `Appointments: ${VIEW_LABELS[state.view]}`;
}

export function printedAt(nowMs: number, tz: string): string {
  return `Printed at ${formatDateTime(nowMs, tz)} (${tz})`;
}
