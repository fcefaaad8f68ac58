import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ProviderId } from '../../contract/providers.ts';
import type { ProviderAdapter } from './contract.ts';
import { createDefaultAdapters } from './registry.ts';

interface AdaptersValue {
  adapters: Record<ProviderId, ProviderAdapter>;
  /** Readers of the server's mirror, used for each provider the server says it mirrors. */
  mirrorAdapters: Record<ProviderId, ProviderAdapter>;
  /** The fetch used for proxy calls that are not an adapter's (e.g. `GET /api/providers`). */
  fetch: typeof fetch;
}

const AdaptersContext = createContext<AdaptersValue | null>(null);

export interface AdaptersProviderProps {
  /** Defaults to the real adapters over `window.fetch`, talking to the same-origin proxy. */
  adapters?: Record<ProviderId, ProviderAdapter>;
  mirrorAdapters?: Record<ProviderId, ProviderAdapter>;
  /** Defaults to `window.fetch`; tests inject one that reaches an in-process proxy. */
  fetch?: typeof fetch;
  children: ReactNode;
}

/** Supplies the provider adapters to the data hooks. Mount once, near the QueryClientProvider. */
export function AdaptersProvider({
  adapters,
  mirrorAdapters,
  fetch: fetchFn,
  children,
}: AdaptersProviderProps) {
  const value = useMemo<AdaptersValue>(() => {
    // Bound: browsers throw "Illegal invocation" when fetch is called with another `this`.
    const f = fetchFn ?? window.fetch.bind(window);
    const defaults = adapters && mirrorAdapters ? null : createDefaultAdapters(f);
    return {
      fetch: f,
      adapters: adapters ?? defaults!.adapters,
      mirrorAdapters: mirrorAdapters ?? defaults!.mirrorAdapters,
    };
  }, [adapters, mirrorAdapters, fetchFn]);
  return <AdaptersContext.Provider value={value}>{children}</AdaptersContext.Provider>;
}

function useAdaptersValue(): AdaptersValue {
  const value = useContext(AdaptersContext);
  if (value === null) throw new Error('useAdapters must be used inside <AdaptersProvider>');
  return value;
}

export function useAdapters(): Record<ProviderId, ProviderAdapter> {
  return useAdaptersValue().adapters;
}

export function useMirrorAdapters(): Record<ProviderId, ProviderAdapter> {
  return useAdaptersValue().mirrorAdapters;
}

/** The fetch the adapters use, for the few proxy calls that are not provider data. */
export function useProxyFetch(): typeof fetch {
  return useAdaptersValue().fetch;
}
