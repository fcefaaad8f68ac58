import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { PROVIDERS_PATH } from '../../contract/api-paths.ts';
import { providersResponseSchema, type ProvidersResponse } from '../../contract/providers-response.ts';
import { queryKeys } from './query-keys.ts';

export type ProviderConfig = ProvidersResponse;

/** `GET /api/providers` changes only when the server is reconfigured. */
const CONFIG_STALE_MS = 30 * 60_000;

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

export const providerQueries = {
  /**
   * Which providers the proxy has enabled for this staff member, and whether it runs on the sandbox.
   * Not a provider's answer, so its error is a plain `Error` rather than the default `ProviderError`.
   */
  config: (fetchFn: typeof fetch) =>
    queryOptions<ProviderConfig, Error>({
      queryKey: queryKeys.providers(),
      queryFn: ({ signal }) => fetchProviderConfig(fetchFn, signal),
      staleTime: CONFIG_STALE_MS,
    }),
};
