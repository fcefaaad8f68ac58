import { providerProxyBase } from '../../contract/api-paths.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { appointmentOneProvider } from './appointment-one/provider.ts';
import { caspenProvider } from './caspen/provider.ts';
import type { AdapterDeps, ProviderAdapter, ProviderModule } from './contract.ts';
import { onliveProvider } from './onlive/provider.ts';

/** One line per provider. A provider in PROVIDER_IDS without a line here fails typecheck and a test. */
export const PROVIDER_MODULES: Record<ProviderId, ProviderModule> = {
  caspen: caspenProvider,
  'appointment-one': appointmentOneProvider,
  onlive: onliveProvider,
};

export interface AdaptersDeps extends Omit<AdapterDeps, 'baseUrl'> {
  /** Defaults to the same-origin proxy route (`providerProxyBase`); tests may prefix an origin. */
  baseUrl?: (provider: ProviderId) => string;
}

/** Builds one adapter per provider, each with its own pacer, limiter and reference cache. */
export function createAdapters(deps: AdaptersDeps): Record<ProviderId, ProviderAdapter> {
  const baseUrl = deps.baseUrl ?? providerProxyBase;
  const entries = PROVIDER_IDS.map((id) => {
    const module = PROVIDER_MODULES[id] as ProviderModule | undefined;
    if (!module) throw new Error(`No browser module is registered for provider "${id}"`);
    const { fetch, now, sleep } = deps;
    return [id, module.createAdapter({ fetch, now, sleep, baseUrl: baseUrl(id) })] as const;
  });
  return Object.fromEntries(entries) as Record<ProviderId, ProviderAdapter>;
}
