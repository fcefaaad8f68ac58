/**
 * Per-list precomputation for `applyFilters`: every filterable field becomes a small integer in a typed
 * array, so a filter change over 100,000 rows is one tight loop (benchmark budget: < 50 ms p95). Cached
 * by array identity; the view keeps one merged array until a provider's data changes.
 */
import type { Appointment, Ref } from '../../../domain/appointment.ts';
import { placeRef } from '../../../domain/place.ts';
import { PROVIDER_IDS, type ProviderId } from '../../../../contract/providers.ts';
import { STATUSES } from '../../../domain/status.ts';
import type { SearchCorpus } from './search-text.ts';

/** A distinct service or location value seen in the list. */
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

export interface PreparedList {
  items: readonly Appointment[];
  startMs: Float64Array;
  /** Index into STATUSES. */
  status: Uint8Array;
  /** Index into PROVIDER_IDS. */
  provider: Uint8Array;
  /** Index into `services.options`, -1 when the appointment has no service. */
  service: Int32Array;
  /** Index into `locations.options` (the appointment's `placeRef`), -1 when it has none. */
  location: Int32Array;
  services: RefIndex;
  locations: RefIndex;
  /** All rows' search text, built on the first text search (see search-text.ts). */
  corpus: SearchCorpus | null;
  /** The last query's per-row token hits, so re-filtering with the same text costs nothing. */
  lastSearch: { query: string; hits: Uint8Array } | null;
  /** Sorted orders, built on first use per sort key (see sort-order.ts). */
  orders: Map<string, Uint32Array>;
}

const STATUS_INDEX = new Map<string, number>(STATUSES.map((s, i) => [s, i]));
const PROVIDER_INDEX = new Map<string, number>(PROVIDER_IDS.map((p, i) => [p, i]));

const cache = new WeakMap<readonly Appointment[], PreparedList>();

function build(items: readonly Appointment[]): PreparedList {
  const n = items.length;
  const prepared: PreparedList = {
    items,
    startMs: new Float64Array(n),
    status: new Uint8Array(n),
    provider: new Uint8Array(n),
    service: new Int32Array(n),
    location: new Int32Array(n),
    services: new RefIndex(),
    locations: new RefIndex(),
    corpus: null,
    lastSearch: null,
    orders: new Map(),
  };
  for (let i = 0; i < n; i++) {
    const a = items[i] as Appointment;
    prepared.startMs[i] = a.startMs;
    prepared.status[i] = STATUS_INDEX.get(a.status) ?? STATUSES.length - 1;
    prepared.provider[i] = PROVIDER_INDEX.get(a.provider) ?? 0;
    prepared.service[i] = prepared.services.indexOf(a.provider, a.service);
    prepared.location[i] = prepared.locations.indexOf(a.provider, placeRef(a));
  }
  return prepared;
}

export function prepare(items: readonly Appointment[]): PreparedList {
  let prepared = cache.get(items);
  if (!prepared) {
    prepared = build(items);
    cache.set(items, prepared);
  }
  return prepared;
}
