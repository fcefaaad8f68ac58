import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { PROVIDER_IDS, type ProviderId } from '../domain/provider.ts';
import { useProxyFetch } from './adapters-context.tsx';
import { CONFIG_STALE_MS } from './query-options.ts';
import { queryKeys } from './query-keys.ts';

const KNOWN = new Set<string>(PROVIDER_IDS);

/** `GET /api/providers`. A provider this build does not know is dropped rather than failing the page. */
export const providerConfigSchema = z.object({
  sandbox: z.boolean(),
  providers: z.pipe(
    z.array(z.looseObject({ id: z.string(), label: z.string(), enabled: z.boolean() })),
    z.transform((items) =>
      items
        .filter((p) => KNOWN.has(p.id))
        .map((p) => ({ id: p.id as ProviderId, label: p.label, enabled: p.enabled })),
    ),
  ),
});
export type ProviderConfig = z.output<typeof providerConfigSchema>;

const proxyMessageSchema = z.looseObject({ message: z.string() });

export async function fetchProviderConfig(
  fetchFn: typeof fetch,
  signal?: AbortSignal,
): Promise<ProviderConfig> {
  const response = await fetchFn('/api/providers', { headers: { accept: 'application/json' }, signal });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message = proxyMessageSchema.safeParse(body);
    throw new Error(message.success ? message.data.message : `The proxy answered HTTP ${response.status}`);
  }
  const parsed = providerConfigSchema.safeParse(body);
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
