import { useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { Appointment } from '../domain/appointment.ts';
import type { ProviderId } from '../../contract/providers.ts';
import { useAdapters } from './adapters-context.tsx';
import type { ProviderError } from './errors.ts';
import {
  asProviderError,
  DETAIL_STALE_MS,
  retryDelay,
  shouldRetry,
  type ListQueryData,
} from './query-options.ts';
import { queryKeys } from './query-keys.ts';

/** The appointment from any cached list of its provider, with when that list was fetched. */
export function findInLists(client: QueryClient, provider: ProviderId, id: string) {
  for (const [key, data] of client.getQueriesData<ListQueryData>({
    queryKey: queryKeys.providerLists(provider),
  })) {
    const appointment = data?.appointments.find((a) => a.id === id);
    if (appointment) return { appointment, updatedAt: client.getQueryState(key)?.dataUpdatedAt };
  }
  return undefined;
}

/**
 * One appointment for the detail panel: shown at once from a cached list when there is one (a deep
 * link fetches it instead), then refreshed in the background once that copy is stale.
 */
export function useAppointment(provider: ProviderId, id: string): UseQueryResult<Appointment, ProviderError> {
  const adapters = useAdapters();
  const client = useQueryClient();
  return useQuery<Appointment, ProviderError>({
    queryKey: queryKeys.detail(provider, id),
    queryFn: ({ signal }) =>
      asProviderError(provider, signal, () => adapters[provider].getAppointment(id, { signal })),
    initialData: () => findInLists(client, provider, id)?.appointment,
    initialDataUpdatedAt: () => findInLists(client, provider, id)?.updatedAt,
    staleTime: DETAIL_STALE_MS,
    retry: shouldRetry,
    retryDelay,
  });
}
