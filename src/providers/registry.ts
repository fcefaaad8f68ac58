import { providerProxyBase } from '../../contract/api-paths.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { createAppointmentOneAdapter } from './appointment-one/adapter.ts';
import { createCaspenAdapter } from './caspen/adapter.ts';
import type { AdapterDeps, ProviderAdapter } from './contract.ts';
import { createOnliveAdapter } from './onlive/adapter.ts';

export type AdapterFactory = (deps: AdapterDeps) => ProviderAdapter;

/** One line per provider. A provider in PROVIDER_IDS without a line here fails typecheck and a test. */
export const ADAPTER_FACTORIES: Record<ProviderId, AdapterFactory> = {
  caspen: createCaspenAdapter,
  'appointment-one': createAppointmentOneAdapter,
  onlive: createOnliveAdapter,
};

/** The same-origin proxy route of a provider: the only place adapters send requests. */
export function proxyBaseUrl(provider: ProviderId): string {
  return providerProxyBase(provider);
}

export interface AdaptersDeps extends Omit<AdapterDeps, 'baseUrl'> {
  /** Defaults to {@link proxyBaseUrl}; tests may prefix an origin. */
  baseUrl?: (provider: ProviderId) => string;
}

/** Builds one adapter per provider, each with its own pacer, limiter and reference cache. */
export function createAdapters(deps: AdaptersDeps): Record<ProviderId, ProviderAdapter> {
  const baseUrl = deps.baseUrl ?? proxyBaseUrl;
  const entries = PROVIDER_IDS.map((id) => {
    const factory = ADAPTER_FACTORIES[id] as AdapterFactory | undefined;
    if (!factory) throw new Error(`No adapter factory is registered for provider "${id}"`);
    return [
      id,
      factory({ fetch: deps.fetch, now: deps.now, sleep: deps.sleep, baseUrl: baseUrl(id) }),
    ] as const;
  });
  return Object.fromEntries(entries) as Record<ProviderId, ProviderAdapter>;
}
