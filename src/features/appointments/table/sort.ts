import { parseSort, type SortField, type SortKey } from '../filter-engine/sort-keys.ts';

/** Clicking the sorted column flips its direction; clicking another sorts by it ascending. */
export function nextSort(current: SortKey, field: SortField): SortKey {
  const { field: currentField, desc } = parseSort(current);
  if (currentField !== field) return field;
  return desc ? field : `-${field}`;
}

export function ariaSort(current: SortKey, field: SortField): 'ascending' | 'descending' | 'none' {
  const spec = parseSort(current);
  if (spec.field !== field) return 'none';
  return spec.desc ? 'descending' : 'ascending';
}
