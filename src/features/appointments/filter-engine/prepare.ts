/**
 * Per-list precomputation for `applyFilters`: each filter dimension becomes a column of small integers
 * (an index into the dimension's vocabulary or into the references seen), so a filter change over
 * 100,000 rows is one tight loop. Cached by array identity; the view keeps one merged array until a
 * provider's data changes.
 */
import type { ProviderId } from '../../../../contract/providers.ts';
import type { Appointment, Ref } from '../../../domain/appointment.ts';
import { FILTER_DIMENSIONS, type DimensionKey, type FilterDimension } from './dimensions.ts';
import type { SearchCorpus } from './search-text.ts';

/** A distinct reference value seen in the list. */
export interface RefOption {
  value: string;
  provider: ProviderId;
  label: string;
}

/** Dense ids for distinct `<provider>:<id>` values, in first-seen order. */
export class RefIndex {
  readonly options: RefOption[] = [];
  private readonly byValue = new Map<string, number>();

  indexOf(provider: ProviderId, ref: Ref | null): number {
    if (ref === null) return -1;
    const value = `${provider}:${ref.id}`;
    let index = this.byValue.get(value);
    if (index === undefined) {
      index = this.options.length;
      this.options.push({ value, provider, label: ref.name ?? ref.id });
      this.byValue.set(value, index);
    }
    return index;
  }

  find(value: string): number {
    return this.byValue.get(value) ?? -1;
  }
}

/** One dimension over the list: per row, its value's index (-1 for none); `size` indexes in all. */
export interface DimensionColumn {
  dimension: FilterDimension;
  rows: Int32Array;
  /** The index of a URL value, or -1 when the list does not hold it. */
  find(value: string): number;
  size(): number;
  /** The references seen, for a reference dimension. */
  refs: RefIndex | null;
}

export interface PreparedList {
  items: readonly Appointment[];
  startMs: Float64Array;
  /** In FILTER_DIMENSIONS order. */
  columns: DimensionColumn[];
  column: (key: DimensionKey) => DimensionColumn;
  /** The provider column's rows: every sort breaks ties by provider. */
  providerRows: Int32Array;
  /** All rows' search text, built on the first text search (see search-text.ts). */
  corpus: SearchCorpus | null;
  /** The last query's per-row token hits, so re-filtering with the same text costs nothing. */
  lastSearch: { query: string; hits: Uint8Array } | null;
  /** Sorted orders, built on first use per sort key (see sort-order.ts). */
  orders: Map<string, Uint32Array>;
}

function buildColumn(dimension: FilterDimension, items: readonly Appointment[]): DimensionColumn {
  const rows = new Int32Array(items.length);
  if (dimension.kind === 'enum') {
    const values: readonly string[] = dimension.values;
    const index = new Map(values.map((v, i) => [v, i]));
    items.forEach((a, i) => (rows[i] = index.get(dimension.of(a)) ?? -1));
    return { dimension, rows, find: (v) => index.get(v) ?? -1, size: () => values.length, refs: null };
  }
  const refs = new RefIndex();
  items.forEach((a, i) => (rows[i] = refs.indexOf(a.provider, dimension.of(a))));
  return { dimension, rows, find: (v) => refs.find(v), size: () => refs.options.length, refs };
}

const cache = new WeakMap<readonly Appointment[], PreparedList>();

function build(items: readonly Appointment[]): PreparedList {
  const columns = FILTER_DIMENSIONS.map((d) => buildColumn(d, items));
  const byKey = new Map(columns.map((c) => [c.dimension.key, c]));
  return {
    items,
    startMs: Float64Array.from(items, (a) => a.startMs),
    columns,
    column: (key) => byKey.get(key) as DimensionColumn,
    providerRows: (byKey.get('provider') as DimensionColumn).rows,
    corpus: null,
    lastSearch: null,
    orders: new Map(),
  };
}

export function prepare(items: readonly Appointment[]): PreparedList {
  let prepared = cache.get(items);
  if (!prepared) {
    prepared = build(items);
    cache.set(items, prepared);
  }
  return prepared;
}
