import type { ProviderId } from '../../contract/providers.ts';
import type { InstantRange } from './contract.ts';

/**
 * The one query-key factory: `all -> lists -> list(provider, scope)`, `all -> details -> detail(provider, id)`.
 * No key literals anywhere else (ARCHITECTURE.md rule 3). A full-set provider's list uses scope `'all'`,
 * so changing the date range never refetches it.
 */
export const queryKeys = {
  all: ['frontdesk'] as const,
  providers: () => [...queryKeys.all, 'providers'] as const,
  lists: () => [...queryKeys.all, 'lists'] as const,
  /** Prefix of every list of one provider, whatever its scope (used to find cached appointments). */
  providerLists: (provider: ProviderId) => [...queryKeys.lists(), provider] as const,
  list: (provider: ProviderId, scope: InstantRange | 'all') =>
    [
      ...queryKeys.providerLists(provider),
      scope === 'all' ? 'all' : { from: scope.from, to: scope.to },
    ] as const,
  details: () => [...queryKeys.all, 'details'] as const,
  detail: (provider: ProviderId, id: string) => [...queryKeys.details(), provider, id] as const,
};
