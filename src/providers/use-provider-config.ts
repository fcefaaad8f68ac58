import { useQuery } from '@tanstack/react-query';
import { useProxyFetch } from './adapters-context.tsx';
import { providerQueries } from './provider-queries.ts';

/** Which providers the proxy has enabled for this staff member, and whether it runs on the sandbox. */
export function useProviderConfig() {
  return useQuery(providerQueries.config(useProxyFetch()));
}
