/** Pure helpers that turn facets and the list state into what the filter controls and chips show. */
import { PROVIDER_LABELS, type ProviderId } from '../../../../contract/providers.ts';
import {
  FILTER_DIMENSIONS,
  selected,
  selectionPatch,
  type DimensionFacets,
  type DimensionKey,
  type FacetOption,
  type FilterDimension,
} from '../filter-engine/dimensions.ts';
import type { ListState } from '../list-state/url-state.ts';

export interface ChoiceOption {
  value: string;
  label: string;
  count: number;
  /** Provider grouping for reference lists. */
  group?: ProviderId;
}

export type Facets = DimensionFacets;

const countsOf = (facets: Facets, key: DimensionKey) => facets[key] as Readonly<Record<string, number>>;
const refsOf = (facets: Facets, key: DimensionKey) => facets[key] as readonly FacetOption[];

/** The options of a dimension's multi-select, with counts: a vocabulary in order, references as seen. */
export function dimensionOptions(dimension: FilterDimension, facets: Facets): ChoiceOption[] {
  if (dimension.kind === 'enum') {
    const labels: Readonly<Record<string, string>> = dimension.labels;
    return dimension.values.map((value) => ({
      value,
      label: labels[value] ?? value,
      count: countsOf(facets, dimension.key)[value] ?? 0,
    }));
  }
  return refsOf(facets, dimension.key).map((o) => ({
    value: o.value,
    label: o.label,
    count: o.count,
    group: o.provider,
  }));
}

export type ChipKey = DimensionKey | 'q';

export interface Chip {
  key: ChipKey;
  /** The list value to remove (for `q`, the whole text). */
  value: string;
  group: string;
  label: string;
}

function valueLabel(dimension: FilterDimension, value: string, facets: Facets): string {
  if (dimension.kind === 'enum')
    return (dimension.labels as Readonly<Record<string, string>>)[value] ?? value;
  const found = refsOf(facets, dimension.key).find((o) => o.value === value);
  return found ? `${found.label} (${PROVIDER_LABELS[found.provider]})` : value;
}

/** One chip per active filter value, in the filter bar's order, then the search text. */
export function activeChips(state: ListState, facets: Facets): Chip[] {
  const chips = FILTER_DIMENSIONS.flatMap((d) =>
    selected(state, d.key).map((value) => ({
      key: d.key,
      value,
      group: d.label,
      label: valueLabel(d, value, facets),
    })),
  );
  const q = state.q.trim();
  return q === '' ? chips : [...chips, { key: 'q', value: state.q, group: 'Search', label: `“${q}”` }];
}

/** The state patch that removes one chip. */
export function withoutChip(state: ListState, chip: Chip): Partial<ListState> {
  const dimension = FILTER_DIMENSIONS.find((d) => d.key === chip.key);
  if (dimension === undefined) return { q: '' };
  return selectionPatch(
    dimension,
    selected(state, dimension.key).filter((v) => v !== chip.value),
  );
}
