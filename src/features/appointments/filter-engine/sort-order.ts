/**
 * Sorted orders of a prepared list, one per sort key, built once and cached: filtering then walks the
 * order and keeps what passes, so a filter change never re-sorts. Ties always fall back to start, then
 * provider, then id, so the order is total and the same on every run.
 */
import { foldText } from '../../../lib/fold-text.ts';
import type { DimensionColumn, PreparedList } from './prepare.ts';
import { parseSort, type SortField, type SortKey } from './sort-keys.ts';

type Compare = (i: number, j: number) => number;

function textKey(value: string | null | undefined): string {
  return value ? foldText(value) : '';
}

function tieBreak(p: PreparedList, i: number, j: number): number {
  const byStart = (p.startMs[i] ?? 0) - (p.startMs[j] ?? 0);
  if (byStart !== 0) return byStart;
  const providers = p.providerRows;
  const byProvider = (providers[i] ?? 0) - (providers[j] ?? 0);
  if (byProvider !== 0) return byProvider;
  const a = p.items[i]?.id ?? '';
  const b = p.items[j]?.id ?? '';
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numeric ranks: direction applies to the rank, ties go to `tieBreak` ascending. */
function byRank(p: PreparedList, ranks: ArrayLike<number>, sign: number): Compare {
  return (i, j) => sign * ((ranks[i] ?? 0) - (ranks[j] ?? 0)) || tieBreak(p, i, j);
}

/** Text keys: an empty key ("no value") sorts last whichever way the column is sorted. */
function byText(p: PreparedList, keys: readonly string[], sign: number): Compare {
  return (i, j) => {
    const a = keys[i] ?? '';
    const b = keys[j] ?? '';
    if (a === b) return tieBreak(p, i, j);
    if (a === '') return 1;
    if (b === '') return -1;
    return a < b ? -sign : sign;
  };
}

/** Per row, the rank of its vocabulary value's label in alphabetical order (what staff see). */
function labelRanks({ dimension, rows }: DimensionColumn): Int32Array {
  if (dimension.kind !== 'enum') return rows;
  const labels: readonly string[] = dimension.values.map(
    (v) => (dimension.labels as Record<string, string>)[v] ?? v,
  );
  const alphabetical = labels.map((_, i) => i).sort((a, b) => labels[a]!.localeCompare(labels[b]!));
  const rankOf = labels.map((_, i) => alphabetical.indexOf(i));
  return rows.map((index) => rankOf[index] ?? 0);
}

/** Per row, the folded label of its reference ('' for none). */
function refLabelKeys({ refs, rows }: DimensionColumn): string[] {
  const labels = (refs?.options ?? []).map((o) => textKey(o.label));
  return Array.from(rows, (index) => (index < 0 ? '' : (labels[index] ?? '')));
}

/** How to order by each sort field; a new sortable column adds its field to sort-keys.ts and a line here. */
const COMPARATORS: Record<SortField, (p: PreparedList, sign: number) => Compare> = {
  start: (p, sign) => (i, j) => sign * tieBreak(p, i, j),
  status: (p, sign) => byRank(p, p.column('status').rows, sign),
  provider: (p, sign) => byRank(p, labelRanks(p.column('provider')), sign),
  service: (p, sign) => byText(p, refLabelKeys(p.column('service')), sign),
  client: (p, sign) =>
    byText(
      p,
      p.items.map((a) => textKey(a.client?.name ?? a.client?.email)),
      sign,
    ),
};

function build(p: PreparedList, sort: SortKey): Uint32Array {
  const { field, desc } = parseSort(sort);
  const order = Array.from({ length: p.items.length }, (_, i) => i);
  order.sort(COMPARATORS[field](p, desc ? -1 : 1));
  return Uint32Array.from(order);
}

export function sortedOrder(p: PreparedList, sort: SortKey): Uint32Array {
  let order = p.orders.get(sort);
  if (!order) {
    order = build(p, sort);
    p.orders.set(sort, order);
  }
  return order;
}
