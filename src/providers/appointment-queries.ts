import { queryOptions, skipToken, type DefaultError, type QueryClient } from '@tanstack/react-query';
import type { ProviderId } from '../../contract/providers.ts';
import type { Range } from '../domain/range.ts';
import type { ListResult, ProviderAdapter, ProviderProgress } from './contract.ts';
import { queryKeys, type ListScope } from './query-keys.ts';
import { asProviderError, noteRetryDelay, shouldRetry } from './retry-policy.ts';

/** Lists are expensive (a full set can cost a minute of rate budget), so they stay fresh for 5 minutes. */
const LIST_STALE_MS = 5 * 60_000;
/** Full sets are kept longer than range slices: refetching them costs the most. */
const FULL_SET_GC_MS = 30 * 60_000;
const RANGE_GC_MS = 10 * 60_000;
const DETAIL_STALE_MS = 60_000;

/** Typed with the registered error type, so queries infer ProviderError rather than `unknown`. */
const RETRY_POLICY = {
  retry: (failureCount: number, error: DefaultError) => shouldRetry(failureCount, error),
  retryDelay: (failureCount: number, error: DefaultError) => noteRetryDelay(failureCount, error),
};

/** A full-set provider's list is the same whatever the range: one cache entry for every range. */
export function listScope(adapter: ProviderAdapter, range: Range): ListScope {
  return adapter.rangeScoped ? range : 'all';
}

/** Query options for appointments, one factory for every provider: the adapter names the provider. */
export const appointmentQueries = {
  /** One provider's list for the range; a failing provider never blanks the others. */
  list: (adapter: ProviderAdapter, range: Range) => {
    const scope = listScope(adapter, range);
    const progressKey = appointmentQueries.progress(adapter.id, scope).queryKey;
    return queryOptions({
      queryKey: queryKeys.list(adapter.id, scope),
      queryFn: ({ signal, client }) =>
        asProviderError(adapter.id, signal, () => {
          const report = (progress: ProviderProgress | null) => client.setQueryData(progressKey, progress);
          report(null);
          return adapter.listAppointments(range, { signal, onProgress: report });
        }),
      // A cheap source (the server's mirror) is asked again on its own cadence, even in a background
      // tab, so a booking made upstream shows up without a reload.
      staleTime: adapter.refreshEveryMs ?? LIST_STALE_MS,
      refetchInterval: adapter.refreshEveryMs ?? false,
      refetchIntervalInBackground: adapter.refreshEveryMs !== undefined,
      gcTime: adapter.rangeScoped ? RANGE_GC_MS : FULL_SET_GC_MS,
      // Full sets cost many requests: never refetched on a mere focus change.
      refetchOnWindowFocus: adapter.rangeScoped,
      ...RETRY_POLICY,
    });
  },

  /** How far the list load for this scope got: written by `list`'s query function, read by the chips. */
  progress: (provider: ProviderId, scope: ListScope) =>
    queryOptions<ProviderProgress | null>({
      queryKey: queryKeys.progress(provider, scope),
      queryFn: skipToken,
      staleTime: Infinity,
    }),

  /**
   * One appointment for the detail panel: shown at once from a cached list of `client` when there is one
   * (a deep link fetches it instead), then refreshed in the background once that copy is stale.
   */
  detail: (adapter: ProviderAdapter, id: string, client: QueryClient) =>
    queryOptions({
      queryKey: queryKeys.detail(adapter.id, id),
      queryFn: ({ signal }) =>
        asProviderError(adapter.id, signal, () => adapter.getAppointment(id, { signal })),
      initialData: () => findInLists(client, adapter.id, id)?.appointment,
      initialDataUpdatedAt: () => findInLists(client, adapter.id, id)?.updatedAt,
      staleTime: DETAIL_STALE_MS,
      ...RETRY_POLICY,
    }),
};

/** The appointment from any cached list of its provider, with when that list was fetched. */
function findInLists(client: QueryClient, provider: ProviderId, id: string) {
  for (const [key, data] of client.getQueriesData<ListResult>({
    queryKey: queryKeys.providerLists(provider),
  })) {
    const appointment = data?.appointments.find((a) => a.id === id);
    if (appointment) return { appointment, updatedAt: client.getQueryState(key)?.dataUpdatedAt };
  }
  return undefined;
}
