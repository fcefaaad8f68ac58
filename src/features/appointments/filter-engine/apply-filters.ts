/**
 * The list's one pure filter step: date range, then every filter dimension and the free text, sorted,
 * with facet counts. One pass over a cached sorted order; each dimension counts the rows that pass
 * every OTHER filter, so a count says what ticking that option would give.
 */
import type { Appointment } from '../../../domain/appointment.ts';
import type { Range } from '../../../domain/range.ts';
import { searchTokens } from '../../../lib/fold-text.ts';
import type { ListState } from '../list-state/url-state.ts';
import type { DimensionFacets } from './dimensions.ts';
import { facetOptions } from './facet-options.ts';
import { prepare, type DimensionColumn, type PreparedList } from './prepare.ts';
import { buildCorpus, tokenHits } from './search-text.ts';
import { sortedOrder } from './sort-order.ts';

export interface FilterResult {
  /** Filtered and sorted. */
  rows: Appointment[];
  /** Appointments in the date range before the other filters: the "M" of "N of M appointments". */
  inRange: number;
  facets: DimensionFacets;
}

/** One dimension's filter for this call: the ticked indexes (null for "no filter") and its counters. */
interface Tally {
  column: DimensionColumn;
  selected: readonly string[];
  mask: Uint8Array | null;
  counts: Int32Array;
  /** Values that occur in the date range (offered even when their count is 0). */
  seen: Uint8Array;
}

function tally(column: DimensionColumn, state: ListState): Tally {
  const selected: readonly string[] = state[column.dimension.key];
  const size = column.size();
  let mask: Uint8Array | null = null;
  if (selected.length > 0) {
    mask = new Uint8Array(size);
    for (const value of selected) {
      const index = column.find(value);
      if (index >= 0) mask[index] = 1;
    }
  }
  return { column, selected, mask, counts: new Int32Array(size), seen: new Uint8Array(size) };
}

function facets(tallies: readonly Tally[]): DimensionFacets {
  const entries = tallies.map(({ column, counts, seen, selected }) => {
    const { dimension, refs } = column;
    if (refs === null && dimension.kind === 'enum') {
      const values: readonly string[] = dimension.values;
      return [dimension.key, Object.fromEntries(values.map((v, i) => [v, counts[i] ?? 0]))];
    }
    return [dimension.key, facetOptions(refs!, counts, seen, selected)];
  });
  return Object.fromEntries(entries) as DimensionFacets;
}

/** Per-row token hits for the query, or null when there is no text filter. */
function searchHits(p: PreparedList, tokens: readonly string[]): Uint8Array | null {
  if (tokens.length === 0) return null;
  const query = tokens.join(' ');
  if (p.lastSearch?.query === query) return p.lastSearch.hits;
  p.corpus ??= buildCorpus(p.items);
  const hits = tokenHits(p.corpus, tokens);
  p.lastSearch = { query, hits };
  return hits;
}

export function applyFilters(appointments: Appointment[], state: ListState, range: Range): FilterResult {
  const p = prepare(appointments);
  const tallies = p.columns.map((column) => tally(column, state));
  const tokens = [...new Set(searchTokens(state.q))];
  const hits = searchHits(p, tokens);
  const rows: Appointment[] = [];
  let inRange = 0;

  // Plain arrays of typed arrays, indexed by dimension: the loop below runs once per appointment.
  const values = tallies.map((t) => t.column.rows);
  const masks = tallies.map((t) => t.mask);
  const seen = tallies.map((t) => t.seen);
  const counts = tallies.map((t) => t.counts);
  const dimensions = tallies.length;
  for (const i of sortedOrder(p, state.sort)) {
    const start = p.startMs[i] as number;
    if (start < range.from || start >= range.to) continue;
    inRange++;
    let failing = 0;
    let failed = -1;
    for (let d = 0; d < dimensions; d++) {
      const value = values[d]![i] as number;
      if (value >= 0) seen[d]![value] = 1;
      const mask = masks[d]!;
      if (mask !== null && (value < 0 || mask[value] !== 1)) {
        failing++;
        failed = d;
      }
    }
    // Rows failing the text search, or two other filters, count nowhere.
    if (failing > 1 || (hits !== null && hits[i] !== tokens.length)) continue;
    if (failed >= 0) {
      // Failing one filter only: it counts for that dimension's facet, not in the rows.
      const value = values[failed]![i] as number;
      if (value >= 0) counts[failed]![value]!++;
      continue;
    }
    rows.push(p.items[i] as Appointment);
    for (let d = 0; d < dimensions; d++) {
      const value = values[d]![i] as number;
      if (value >= 0) counts[d]![value]!++;
    }
  }
  return { rows, inRange, facets: facets(tallies) };
}
