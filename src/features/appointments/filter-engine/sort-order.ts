/**
 * Sorted orders of a prepared list, one per sort key, built once and cached: filtering then walks the
 * order and keeps what passes, so a filter change never re-sorts. Ties always fall back to start, then
 * provider, then id, so the order is total and the same on every run.
 */
import type { Appointment } from '../../../domain/appointment.ts';
import { PROVIDER_IDS, PROVIDER_LABELS } from '../../../../contract/providers.ts';
import { foldText } from '../../../lib/fold-text.ts';
import type { SortKey } from '../list-state/url-state.ts';
import type { PreparedList } from './prepare.ts';

type Column = 'start' | 'status' | 'service' | 'client' | 'provider';

/** Provider labels rank alphabetically (what staff see), not by registry order. */
const BY_LABEL = [...PROVIDER_IDS].sort((a, b) => PROVIDER_LABELS[a].localeCompare(PROVIDER_LABELS[b]));
const PROVIDER_RANK: readonly number[] = PROVIDER_IDS.map((id) => BY_LABEL.indexOf(id));

function textKey(value: string | null | undefined): string {
  return value ? foldText(value) : '';
}

/** Text keys for the text columns; empty means "no value" and sorts last in both directions. */
function textKeys(p: PreparedList, column: 'service' | 'client'): string[] {
  const labels = p.services.options.map((o) => textKey(o.label));
  return p.items.map((a: Appointment, i) => {
    if (column === 'client') return textKey(a.client?.name ?? a.client?.email);
    const service = p.service[i] ?? -1;
    return service < 0 ? '' : (labels[service] ?? '');
  });
}

function tieBreak(p: PreparedList, i: number, j: number): number {
  const byStart = (p.startMs[i] ?? 0) - (p.startMs[j] ?? 0);
  if (byStart !== 0) return byStart;
  const byProvider = (p.provider[i] ?? 0) - (p.provider[j] ?? 0);
  if (byProvider !== 0) return byProvider;
  const a = p.items[i]?.id ?? '';
  const b = p.items[j]?.id ?? '';
  return a < b ? -1 : a > b ? 1 : 0;
}

type Compare = (i: number, j: number) => number;

/** Numeric ranks: direction applies to the rank, ties go to `tieBreak` ascending. */
function byRank(p: PreparedList, rank: (i: number) => number, sign: number): Compare {
  return (i, j) => sign * (rank(i) - rank(j)) || tieBreak(p, i, j);
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

function comparator(p: PreparedList, column: Column, sign: number): Compare {
  switch (column) {
    case 'start':
      return (i, j) => sign * tieBreak(p, i, j);
    case 'status':
      return byRank(p, (i) => p.status[i] ?? 0, sign);
    case 'provider':
      return byRank(p, (i) => PROVIDER_RANK[p.provider[i] ?? 0] ?? 0, sign);
    case 'service':
    case 'client':
      return byText(p, textKeys(p, column), sign);
  }
}

function build(p: PreparedList, sort: SortKey): Uint32Array {
  const descending = sort.startsWith('-');
  const column = (descending ? sort.slice(1) : sort) as Column;
  const order = Array.from({ length: p.items.length }, (_, i) => i);
  order.sort(comparator(p, column, descending ? -1 : 1));
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
