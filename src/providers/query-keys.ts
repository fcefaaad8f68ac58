import type { ProviderId } from '../../contract/providers.ts';
import type { Range } from '../domain/range.ts';

/** What a list is fetched for: a date range, or `'all'` for a provider that cannot filter by date. */
export type ListScope = Range | 'all';

const scopeKey = (scope: ListScope) => (scope === 'all' ? 'all' : { from: scope.from, to: scope.to });

/**
 * The one query-key factory, the provider a segment of every key:
 * `all -> lists -> list(provider, scope)`, `all -> details -> detail(provider, id)`, and beside the lists
 * `progress(provider, scope)`, where a list load reports how far it got. No key literals anywhere else.
 */
export const queryKeys = {
  all: ['frontdesk'] as const,
  providers: () => [...queryKeys.all, 'providers'] as const,
  lists: () => [...queryKeys.all, 'lists'] as const,
  /** Prefix of every list of one provider, whatever its scope (used to find cached appointments). */
  providerLists: (provider: ProviderId) => [...queryKeys.lists(), provider] as const,
  list: (provider: ProviderId, scope: ListScope) =>
    [...queryKeys.providerLists(provider), scopeKey(scope)] as const,
  progress: (provider: ProviderId, scope: ListScope) =>
    [...queryKeys.all, 'progress', provider, scopeKey(scope)] as const,
  details: () => [...queryKeys.all, 'details'] as const,
  detail: (provider: ProviderId, id: string) => [...queryKeys.details(), provider, id] as const,
};
