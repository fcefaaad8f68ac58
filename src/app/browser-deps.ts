import type { QueryClient } from '@tanstack/react-query';
import type { ProviderId } from '../../contract/providers.ts';
import type { ProviderAdapter } from '../providers/contract.ts';
import { createDefaultAdapters } from '../providers/registry.ts';
import { createQueryClient } from './query-client.ts';

/**
 * What the app runs on in a browser, made once before the first render so that the warm start
 * (warm-start.ts) fills the same cache through the same adapters (a mirror reader keeps the names it
 * has seen) that the list then reads.
 */
export interface BrowserDeps {
  queryClient: QueryClient;
  fetch: typeof fetch;
  adapters: Record<ProviderId, ProviderAdapter>;
  mirrorAdapters: Record<ProviderId, ProviderAdapter>;
  now: () => number;
}

export function createBrowserDeps(win: Window = window): BrowserDeps {
  // Bound: browsers throw "Illegal invocation" when fetch is called with another `this`.
  const fetchFn = win.fetch.bind(win);
  return {
    queryClient: createQueryClient(),
    fetch: fetchFn,
    now: Date.now,
    ...createDefaultAdapters(fetchFn, Date.now),
  };
}
