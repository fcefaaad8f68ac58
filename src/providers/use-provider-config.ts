import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { PROVIDERS_PATH } from '../../contract/api-paths.ts';
import { providersResponseSchema, type ProvidersResponse } from '../../contract/providers-response.ts';
import { useProxyFetch } from './adapters-context.tsx';
import { CONFIG_STALE_MS } from './query-options.ts';
import { queryKeys } from './query-keys.ts';

export type ProviderConfig = ProvidersResponse;

const proxyMessageSchema = z.looseObject({ message: z.string() });

export async function fetchProviderConfig(
  fetchFn: typeof fetch,
  signal?: AbortSignal,
): Promise<ProviderConfig> {
  const response = await fetchFn(PROVIDERS_PATH, { headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = proxyMessageSchema.safeParse(body);
    throw new Error(message.success ? message.data.message : `The proxy answered HTTP ${response.status}`);
  }
  const parsed = providersResponseSchema.safeParse(body);
  if (!parsed.success) throw new Error('The proxy sent a provider list that does not match the agreed shape');
  return parsed.data;
}

/** Which providers the proxy has enabled for this staff member, and whether it runs on the sandbox. */
export function useProviderConfig(): UseQueryResult<ProviderConfig, Error> {
  const fetchFn = useProxyFetch();
  return useQuery({
    queryKey: queryKeys.providers(),
    queryFn: ({ signal }) => fetchProviderConfig(fetchFn, signal),
    staleTime: CONFIG_STALE_MS,
  });
}
