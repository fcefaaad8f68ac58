import type { SortKey } from '../list-state/url-state.ts';

/** The columns the URL can sort by (`sort=start|-start|status|...`). */
export type SortField = 'start' | 'status' | 'service' | 'client' | 'provider';

export interface SortSpec {
  field: SortField;
  desc: boolean;
}

export function parseSort(sort: SortKey): SortSpec {
  const desc = sort.startsWith('-');
  return { field: (desc ? sort.slice(1) : sort) as SortField, desc };
}

/** Clicking the sorted column flips its direction; clicking another sorts by it ascending. */
export function nextSort(current: SortKey, field: SortField): SortKey {
  const { field: currentField, desc } = parseSort(current);
  if (currentField !== field) return field;
  return desc ? field : (`-${field}` as SortKey);
}

export function ariaSort(current: SortKey, field: SortField): 'ascending' | 'descending' | 'none' {
  const spec = parseSort(current);
  if (spec.field !== field) return 'none';
  return spec.desc ? 'descending' : 'ascending';
}
