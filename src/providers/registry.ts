import { providerProxyBase } from '../../contract/api-paths.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { appointmentOneProvider } from './appointment-one/provider.ts';
import { caspenProvider } from './caspen/provider.ts';
import type { AdapterDeps, ProviderAdapter, ProviderModule } from './contract.ts';
import { createMirrorAdapter } from './mirror-adapter.ts';
import { onliveProvider } from './onlive/provider.ts';
import { sleep } from './sleep.ts';

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

/**
 * One adapter per provider, each with its own pacer, limiter and reference cache once its code has
 * loaded (on its first call).
 */
export function createAdapters(deps: AdaptersDeps): Record<ProviderId, ProviderAdapter> {
  const baseUrl = deps.baseUrl ?? providerProxyBase;
  const entries = PROVIDER_IDS.map((id) => {
    const module = PROVIDER_MODULES[id] as ProviderModule | undefined;
    if (!module) throw new Error(`No browser module is registered for provider "${id}"`);
    const { fetch, now, sleep } = deps;
    return [id, lazyAdapter(id, module, { fetch, now, sleep, baseUrl: baseUrl(id) })] as const;
  });
  return Object.fromEntries(entries) as Record<ProviderId, ProviderAdapter>;
}

function lazyAdapter(id: ProviderId, module: ProviderModule, deps: AdapterDeps): ProviderAdapter {
  let adapter: Promise<ProviderAdapter> | null = null;
  const loaded = () => (adapter ??= module.loadAdapter().then((create) => create(deps)));
  return {
    id,
    rangeScoped: module.rangeScoped,
    listAppointments: async (range, options) => (await loaded()).listAppointments(range, options),
    getAppointment: async (appointmentId, options) => (await loaded()).getAppointment(appointmentId, options),
  };
}

/** Both sets of adapters over one fetch: what the app runs on unless a test injects its own. */
export function createDefaultAdapters(fetchFn: typeof fetch, now: () => number = Date.now) {
  return {
    adapters: createAdapters({ fetch: fetchFn, now, sleep }),
    mirrorAdapters: createMirrorAdapters({ fetch: fetchFn, now }),
  };
}

/** One mirror reader per provider, for servers whose `GET /api/providers` says `mirrored`. */
export function createMirrorAdapters(
  deps: Pick<AdapterDeps, 'fetch' | 'now'>,
): Record<ProviderId, ProviderAdapter> {
  const entries = PROVIDER_IDS.map(
    (id) => [id, createMirrorAdapter(id, PROVIDER_MODULES[id], deps)] as const,
  );
  return Object.fromEntries(entries) as Record<ProviderId, ProviderAdapter>;
}
