import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { Appointment } from '../domain/appointment.ts';
import type { Range } from '../domain/range.ts';
import type { SyncStatus } from '../../contract/window-response.ts';
import { appointmentQueries, listScope } from './appointment-queries.ts';
import type { ListResult, ProviderProgress, QuarantinedRecord } from './contract.ts';
import type { ProviderError } from './errors.ts';
import type { ProviderConfig } from './provider-queries.ts';
import { retryStartsAt } from './retry-policy.ts';
import { syncError } from './sync-error.ts';
import { useDataAdapters } from './use-data-adapters.ts';
import { useProviderConfig } from './use-provider-config.ts';

/** One provider's slice of the list view; a failing provider never blanks the others. */
export interface ProviderListState {
  provider: ProviderId;
  enabled: boolean;
  status: 'disabled' | 'loading' | 'ok' | 'error';
  /** Everything fetched (the full set for a provider without date filtering): the view applies the range. */
  appointments: Appointment[];
  quarantined: QuarantinedRecord[];
  progress: ProviderProgress | null;
  /** The last failure; set from the first failed attempt on, while automatic retries still run. */
  error: ProviderError | null;
  /** When the next automatic retry starts (epoch ms), while one is pending. */
  retryAt: number | null;
  isFetching: boolean;
  updatedAt: number | null;
  /** How fresh the server's mirror of this provider is; null when the list is paged live. */
  sync: SyncStatus | null;
  retry: () => void;
}

const NONE: never[] = [];

function isEnabled(config: UseQueryResult<ProviderConfig, Error>, id: ProviderId): boolean {
  // Until the proxy answers, assume enabled (but do not fetch); if it cannot answer, try every provider.
  return config.data ? config.data.providers.some((p) => p.id === id && p.enabled) : true;
}

function toState(
  provider: ProviderId,
  enabled: boolean,
  list: UseQueryResult<ListResult>,
  progress: ProviderProgress | null | undefined,
): ProviderListState {
  // A failure is said from the first failed attempt, not after every retry has run out.
  const retrying = list.isFetching && list.failureCount > 0 && list.failureReason !== null;
  const failing = list.isError || (retrying && !list.isSuccess);
  // The mirror answered, but has nothing of this provider yet because it cannot reach it.
  const sync = list.data?.sync ?? null;
  const neverSynced = !failing && sync?.state === 'error' ? syncError(provider, sync) : null;
  const status = !enabled ? 'disabled' : failing || neverSynced ? 'error' : list.isSuccess ? 'ok' : 'loading';
  return {
    provider,
    enabled,
    status,
    appointments: list.data?.appointments ?? NONE,
    quarantined: list.data?.quarantined ?? NONE,
    progress: progress ?? null,
    error: failing ? (list.failureReason ?? list.error) : neverSynced,
    retryAt:
      failing && retrying
        ? retryStartsAt(list.failureReason)
        : neverSynced
          ? (sync?.error?.retryAtMs ?? null)
          : null,
    isFetching: list.isFetching,
    updatedAt: list.dataUpdatedAt > 0 ? list.dataUpdatedAt : null,
    sync,
    retry: () => {
      if (enabled) void list.refetch();
    },
  };
}

/**
 * One query per provider (PROVIDER_IDS order). A range-scoped provider's list is keyed by the range; a
 * full-set provider's by `'all'`, so changing the range never refetches it. Disabled providers never fetch.
 */
export function useAppointmentLists(range: Range): ProviderListState[] {
  const adapters = useDataAdapters();
  const config = useProviderConfig();
  const settled = config.isSuccess || config.isError;
  const lists = useQueries({
    queries: PROVIDER_IDS.map((id) => ({
      ...appointmentQueries.list(adapters[id], range),
      enabled: settled && isEnabled(config, id),
    })),
  });
  const progress = useQueries({
    queries: PROVIDER_IDS.map((id) => appointmentQueries.progress(id, listScope(adapters[id], range))),
  });
  return PROVIDER_IDS.map((id, i) => toState(id, isEnabled(config, id), lists[i]!, progress[i]?.data));
}
