import type { Appointment } from '../domain/appointment.ts';
import type { ProviderId } from '../../contract/providers.ts';

/** A half-open range of instants [from, to), as ISO 8601 strings in UTC. */
export interface InstantRange {
  from: string;
  to: string;
}

/** Progress of one provider's list load, for the header chip. */
export interface ProviderProgress {
  pagesFetched: number;
  /** Known only when the provider reports totals (ONLIVE.SITE, Appointment.one). */
  totalPages: number | null;
  itemsFetched: number;
  totalItems: number | null;
}

/** A record left out of the list because it broke its wire schema. */
export interface QuarantinedRecord {
  provider: ProviderId;
  id: string | null;
  /** Dotted path of the offending field, e.g. `starts_at` or `guests.0.email`. */
  path: string;
  message: string;
}

export interface ListResult {
  appointments: Appointment[];
  quarantined: QuarantinedRecord[];
}

export interface ListOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ProviderProgress) => void;
}

/** What every provider adapter offers. Adapters talk only to the same-origin proxy. */
export interface ProviderAdapter {
  readonly id: ProviderId;
  /**
   * True when the provider filters by date upstream (ONLIVE.SITE). Otherwise the adapter ignores
   * `range`, returns the full set, and the list is cached under one key so a range change never refetches.
   */
  readonly rangeScoped: boolean;
  listAppointments(range: InstantRange, options?: ListOptions): Promise<ListResult>;
  getAppointment(id: string, options?: { signal?: AbortSignal }): Promise<Appointment>;
}

/** What an adapter factory receives: everything that varies is injected. */
export interface AdapterDeps {
  fetch: typeof fetch;
  /** Same-origin proxy base for this provider, e.g. `/api/providers/caspen`. */
  baseUrl: string;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}
