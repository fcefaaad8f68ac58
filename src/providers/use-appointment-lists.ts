import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Appointment } from '../domain/appointment.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { useAdapters } from './adapters-context.tsx';
import type { InstantRange, ProviderAdapter, ProviderProgress, QuarantinedRecord } from './contract.ts';
import type { ProviderError } from './errors.ts';
import {
  asProviderError,
  FULL_SET_GC_MS,
  LIST_STALE_MS,
  RANGE_GC_MS,
  retryDelay,
  shouldRetry,
  type ListQueryData,
} from './query-options.ts';
import { queryKeys } from './query-keys.ts';
import { useProviderConfig, type ProviderConfig } from './use-provider-config.ts';

/** One provider's slice of the list view; a failing provider never blanks the others. */
export interface ProviderListState {
  provider: ProviderId;
  enabled: boolean;
  status: 'disabled' | 'loading' | 'ok' | 'error';
  /** Everything fetched (full sets for Caspen and Appointment.one): the view applies the date range. */
  appointments: Appointment[];
  quarantined: QuarantinedRecord[];
  progress: ProviderProgress | null;
  error: ProviderError | null;
  isFetching: boolean;
  updatedAt: number | null;
  retry: () => void;
}

type Progress = Partial<Record<ProviderId, ProviderProgress | null>>;
const NONE: never[] = [];

function isEnabled(config: UseQueryResult<ProviderConfig, Error>, id: ProviderId): boolean {
  // Until the proxy answers, assume enabled (but do not fetch); if it cannot answer, try every provider.
  return config.data ? config.data.providers.some((p) => p.id === id && p.enabled) : true;
}

function listQuery(
  adapter: ProviderAdapter,
  range: InstantRange,
  fetchAllowed: boolean,
  report: (p: ProviderProgress | null) => void,
) {
  const id = adapter.id;
  return {
    queryKey: queryKeys.list(id, adapter.rangeScoped ? range : 'all'),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      asProviderError(id, signal, async (): Promise<ListQueryData> => {
        let last: ProviderProgress | null = null;
        report(null);
        const result = await adapter.listAppointments(range, {
          signal,
          onProgress: (p) => report((last = p)),
        });
        return { ...result, progress: last };
      }),
    enabled: fetchAllowed,
    staleTime: LIST_STALE_MS,
    gcTime: adapter.rangeScoped ? RANGE_GC_MS : FULL_SET_GC_MS,
    // Full sets cost many requests (Caspen: most of a minute's budget): never on a mere focus change.
    refetchOnWindowFocus: adapter.rangeScoped,
    retry: shouldRetry,
    retryDelay,
  };
}

function toState(
  id: ProviderId,
  enabled: boolean,
  q: UseQueryResult<ListQueryData, ProviderError>,
  live: ProviderProgress | null | undefined,
): ProviderListState {
  const status = !enabled ? 'disabled' : q.isError ? 'error' : q.isSuccess ? 'ok' : 'loading';
  return {
    provider: id,
    enabled,
    status,
    appointments: q.data?.appointments ?? NONE,
    quarantined: q.data?.quarantined ?? NONE,
    progress: q.isFetching ? (live ?? null) : (q.data?.progress ?? live ?? null),
    error: q.error,
    isFetching: q.isFetching,
    updatedAt: q.dataUpdatedAt > 0 ? q.dataUpdatedAt : null,
    retry: () => {
      if (enabled) void q.refetch();
    },
  };
}

/**
 * One query per provider (PROVIDER_IDS order). ONLIVE.SITE's is keyed by the range; the full-set
 * providers' by `'all'`, so changing the range never refetches them. Disabled providers never fetch.
 */
export function useAppointmentLists(range: InstantRange): ProviderListState[] {
  const adapters = useAdapters();
  const config = useProviderConfig();
  const [progress, setProgress] = useState<Progress>({});
  const report = useCallback(
    (id: ProviderId) => (p: ProviderProgress | null) => setProgress((prev) => ({ ...prev, [id]: p })),
    [],
  );
  const settled = config.isSuccess || config.isError;
  const results = useQueries({
    queries: PROVIDER_IDS.map((id) =>
      listQuery(adapters[id], range, settled && isEnabled(config, id), report(id)),
    ),
  }) as UseQueryResult<ListQueryData, ProviderError>[];
  return PROVIDER_IDS.map((id, i) => toState(id, isEnabled(config, id), results[i]!, progress[id]));
}
