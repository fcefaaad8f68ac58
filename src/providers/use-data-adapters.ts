import { useMemo } from 'react';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { useAdapters, useMirrorAdapters } from './adapters-context.tsx';
import type { ProviderAdapter } from './contract.ts';
import { useProviderConfig } from './use-provider-config.ts';

/**
 * The adapter each provider's data comes through: the mirror reader when the server mirrors it
 * (`mirrored` in `GET /api/providers`), else the adapter that pages it through the signing proxy.
 */
export function useDataAdapters(): Record<ProviderId, ProviderAdapter> {
  const direct = useAdapters();
  const mirror = useMirrorAdapters();
  const providers = useProviderConfig().data?.providers;
  return useMemo(() => {
    const mirrored = (id: ProviderId) => providers?.some((p) => p.id === id && p.mirrored) ?? false;
    const entries = PROVIDER_IDS.map((id) => [id, mirrored(id) ? mirror[id] : direct[id]] as const);
    return Object.fromEntries(entries) as Record<ProviderId, ProviderAdapter>;
  }, [direct, mirror, providers]);
}
