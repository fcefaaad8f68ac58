/**
 * What the list can be sorted by: one field per sortable column, ascending, or descending with a leading
 * `-` (`sort=-start` in the URL). The engine has one comparator per field (sort-order.ts); a column names
 * the field it sorts by in its definition (table/columns.tsx).
 */
export const SORT_FIELDS = ['start', 'status', 'service', 'client', 'provider'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortKey = SortField | `-${SortField}`;

export const SORT_KEYS = SORT_FIELDS.flatMap((field) => [field, `-${field}` as const]) as [
  SortKey,
  ...SortKey[],
];

export const DEFAULT_SORT: SortKey = 'start';

export interface SortSpec {
  field: SortField;
  desc: boolean;
}

export function parseSort(sort: SortKey): SortSpec {
  const desc = sort.startsWith('-');
  return { field: (desc ? sort.slice(1) : sort) as SortField, desc };
}
