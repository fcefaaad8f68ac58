import type { Appointment } from '../domain/appointment.ts';
import type { Range } from '../domain/range.ts';
import type { ProviderId } from '../../contract/providers.ts';
import type { SyncStatus } from '../../contract/window-response.ts';

/** Progress of one provider's list load, for the header chip. */
export interface ProviderProgress {
  pagesFetched: number;
  /** Known only when the provider reports totals. */
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
  /** How fresh the server's mirror of this provider is; absent when the list was paged live. */
  sync?: SyncStatus;
}

export interface ListOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ProviderProgress) => void;
}

/** What every provider adapter offers. Adapters talk only to the same-origin proxy. */
export interface ProviderAdapter {
  readonly id: ProviderId;
  /**
   * True when the provider filters by date upstream. Otherwise the adapter ignores `range`, returns the
   * full set, and the list is cached under one key so a range change never refetches.
   */
  readonly rangeScoped: boolean;
  /** Set when asking again is cheap (the server's mirror): the list refreshes itself this often. */
  readonly refreshEveryMs?: number;
  listAppointments(range: Range, options?: ListOptions): Promise<ListResult>;
  getAppointment(id: string, options?: { signal?: AbortSignal }): Promise<Appointment>;
}

/** What an adapter factory receives: everything that varies is injected. */
export interface AdapterDeps {
  fetch: typeof fetch;
  /** Same-origin proxy base for this provider (`providerProxyBase` in contract/api-paths.ts). */
  baseUrl: string;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Reference records by list name (`services`, `calendars`, `events`, ...), as a provider's docs name them. */
export type ReferenceRecords = Readonly<Partial<Record<string, readonly unknown[]>>>;

/** A provider's list normalisation with its names resolved up front: records in, appointments out. */
export type ListNormaliser = (records: readonly unknown[]) => ListResult;

/** The browser side of one provider, as its registry line names it. */
export interface ProviderModule {
  /** The adapter's `rangeScoped`, known before its code is loaded. */
  rangeScoped: boolean;
  /**
   * The adapter that pages the provider through the signing proxy, loaded on first use: a server that
   * mirrors every provider never needs its paging, pacing and reference-cache code.
   */
  loadAdapter(): Promise<(deps: AdapterDeps) => ProviderAdapter>;
  /**
   * The adapter's pure list step, with names built from reference records the way the adapter builds
   * them from its reference fetches (the data-path benchmark times exactly this).
   */
  listNormaliser(references: ReferenceRecords): ListNormaliser;
}
