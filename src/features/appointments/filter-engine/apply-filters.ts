/**
 * The list's one pure filter step: date range, then status, provider, service, location and free text,
 * sorted, with facet counts. One pass over a cached sorted order; each facet counts the rows that pass
 * every OTHER filter, so a count says what ticking that option would give.
 */
import type { Appointment } from '../../../domain/appointment.ts';
import type { Range } from '../../../domain/range.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../../contract/providers.ts';
import { STATUSES, type AppointmentStatus } from '../../../domain/status.ts';
import { searchTokens } from '../../../lib/fold-text.ts';
import type { ListState } from '../list-state/url-state.ts';
import { facetOptions, type FacetOption } from './facet-options.ts';
import { prepare, type PreparedList, type RefIndex } from './prepare.ts';
import { buildCorpus, tokenHits } from './search-text.ts';
import { sortedOrder } from './sort-order.ts';

export type { FacetOption } from './facet-options.ts';

export interface FilterResult {
  /** Filtered and sorted. */
  rows: Appointment[];
  /** Appointments in the date range before the other filters: the "M" of "N of M appointments". */
  inRange: number;
  facets: {
    status: Record<AppointmentStatus, number>;
    provider: Record<ProviderId, number>;
    service: FacetOption[];
    location: FacetOption[];
  };
}

/** A 0/1 mask over a dimension's dense ids, or null for "no filter". */
function mask(
  selected: readonly string[],
  size: number,
  indexOf: (value: string) => number,
): Uint8Array | null {
  if (selected.length === 0) return null;
  const out = new Uint8Array(size);
  for (const value of selected) {
    const index = indexOf(value);
    if (index >= 0) out[index] = 1;
  }
  return out;
}

function refMask(selected: readonly string[], index: RefIndex): Uint8Array | null {
  return mask(selected, index.options.length, (value) => index.find(value));
}

function passes(m: Uint8Array | null, index: number): boolean {
  return m === null || (index >= 0 && m[index] === 1);
}

interface Counters {
  status: Int32Array;
  provider: Int32Array;
  service: Int32Array;
  location: Int32Array;
  /** Services and locations that occur in the date range (offered even when their count is 0). */
  serviceSeen: Uint8Array;
  locationSeen: Uint8Array;
}

function counters(p: PreparedList): Counters {
  return {
    status: new Int32Array(STATUSES.length),
    provider: new Int32Array(PROVIDER_IDS.length),
    service: new Int32Array(p.services.options.length),
    location: new Int32Array(p.locations.options.length),
    serviceSeen: new Uint8Array(p.services.options.length),
    locationSeen: new Uint8Array(p.locations.options.length),
  };
}

function record<K extends string>(keys: readonly K[], counts: Int32Array): Record<K, number> {
  return Object.fromEntries(keys.map((key, i) => [key, counts[i] ?? 0])) as Record<K, number>;
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

/** Folded, de-duplicated words of the query. */
function queryTokens(q: string): string[] {
  return [...new Set(searchTokens(q))];
}

export function applyFilters(appointments: Appointment[], state: ListState, range: Range): FilterResult {
  const p = prepare(appointments);
  const statusMask = mask(state.status, STATUSES.length, (v) => STATUSES.indexOf(v as AppointmentStatus));
  const providerMask = mask(state.provider, PROVIDER_IDS.length, (v) =>
    PROVIDER_IDS.indexOf(v as ProviderId),
  );
  const serviceMask = refMask(state.service, p.services);
  const locationMask = refMask(state.location, p.locations);
  const tokens = queryTokens(state.q);
  const hits = searchHits(p, tokens);
  const c = counters(p);
  const rows: Appointment[] = [];
  let inRange = 0;

  for (const i of sortedOrder(p, state.sort)) {
    const start = p.startMs[i] as number;
    if (start < range.from || start >= range.to) continue;
    inRange++;
    const st = p.status[i] as number;
    const pr = p.provider[i] as number;
    const sv = p.service[i] as number;
    const lo = p.location[i] as number;
    if (sv >= 0) c.serviceSeen[sv] = 1;
    if (lo >= 0) c.locationSeen[lo] = 1;
    const okStatus = passes(statusMask, st);
    const okProvider = passes(providerMask, pr);
    const okService = passes(serviceMask, sv);
    const okLocation = passes(locationMask, lo);
    const failing = +!okStatus + +!okProvider + +!okService + +!okLocation;
    // Rows failing the text search, or two other filters, count nowhere.
    if (failing > 1 || (hits !== null && hits[i] !== tokens.length)) continue;
    if (failing === 0) rows.push(p.items[i] as Appointment);
    if (okProvider && okService && okLocation) c.status[st]!++;
    if (okStatus && okService && okLocation) c.provider[pr]!++;
    if (okStatus && okProvider && okLocation && sv >= 0) c.service[sv]!++;
    if (okStatus && okProvider && okService && lo >= 0) c.location[lo]!++;
  }

  return {
    rows,
    inRange,
    facets: {
      status: record(STATUSES, c.status),
      provider: record(PROVIDER_IDS, c.provider),
      service: facetOptions(p.services, c.service, c.serviceSeen, state.service),
      location: facetOptions(p.locations, c.location, c.locationSeen, state.location),
    },
  };
}
