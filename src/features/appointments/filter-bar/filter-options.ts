/** Pure helpers that turn facets and the list state into what the filter controls show. */
import { PROVIDER_IDS, PROVIDER_LABELS, type ProviderId } from '../../../../contract/providers.ts';
import { STATUSES, STATUS_LABELS } from '../../../domain/status.ts';
import type { FilterResult } from '../filter-engine/apply-filters.ts';
import type { ListState } from '../list-state/url-state.ts';

export interface ChoiceOption {
  value: string;
  label: string;
  count: number;
  /** Provider grouping for service and location lists. */
  group?: ProviderId;
}

export type Facets = FilterResult['facets'];

export function statusOptions(facets: Facets): ChoiceOption[] {
  return STATUSES.map((status) => ({
    value: status,
    label: STATUS_LABELS[status],
    count: facets.status[status],
  }));
}

export function providerOptions(facets: Facets): ChoiceOption[] {
  return PROVIDER_IDS.map((id) => ({ value: id, label: PROVIDER_LABELS[id], count: facets.provider[id] }));
}

export function refOptions(options: Facets['service']): ChoiceOption[] {
  return options.map((o) => ({ value: o.value, label: o.label, count: o.count, group: o.provider }));
}

export type ChipKey = 'status' | 'provider' | 'service' | 'location' | 'q';

export interface Chip {
  key: ChipKey;
  /** The list value to remove (for `q`, the whole text). */
  value: string;
  group: string;
  label: string;
}

const GROUP_LABELS: Record<ChipKey, string> = {
  status: 'Status',
  provider: 'Provider',
  service: 'Service',
  location: 'Location',
  q: 'Search',
};

function refLabel(options: Facets['service'], value: string): string {
  const found = options.find((o) => o.value === value);
  if (found) return `${found.label} (${PROVIDER_LABELS[found.provider]})`;
  return value;
}

/** One chip per active filter value, in the filter bar's order. */
export function activeChips(state: ListState, facets: Facets): Chip[] {
  const chip = (key: ChipKey, value: string, label: string): Chip => ({
    key,
    value,
    group: GROUP_LABELS[key],
    label,
  });
  return [
    ...state.status.map((s) => chip('status', s, STATUS_LABELS[s])),
    ...state.service.map((v) => chip('service', v, refLabel(facets.service, v))),
    ...state.provider.map((p) => chip('provider', p, PROVIDER_LABELS[p])),
    ...state.location.map((v) => chip('location', v, refLabel(facets.location, v))),
    ...(state.q.trim() === '' ? [] : [chip('q', state.q, `“${state.q.trim()}”`)]),
  ];
}

/** The state patch that removes one chip. */
export function withoutChip(state: ListState, chip: Chip): Partial<ListState> {
  switch (chip.key) {
    case 'q':
      return { q: '' };
    case 'status':
      return { status: state.status.filter((v) => v !== chip.value) };
    case 'provider':
      return { provider: state.provider.filter((v) => v !== chip.value) };
    case 'service':
      return { service: state.service.filter((v) => v !== chip.value) };
    case 'location':
      return { location: state.location.filter((v) => v !== chip.value) };
  }
}
