// What the server knows about one provider, as data: the proxy's upstream table and allow-list, the
// configuration schema and the sandbox wiring are all derived from these manifests.
import type { ProviderId } from '../../contract/providers.ts';

/** Credential values keyed by their environment variable name; all present when a provider is enabled. */
export type Credentials = Readonly<Record<string, string>>;

/** Headers that authenticate one GET to `url` at `nowMs`. */
export type AuthHeaders = (
  credentials: Credentials,
  url: URL,
  nowMs: number,
) => Promise<Record<string, string>>;

/** One read route the browser adapters use, and exactly the query keys they send on it. */
export interface ReadRoute {
  /** Below the provider's base URL: a collection (`appointments`) or one item (`appointments/:id`). */
  path: string;
  /** Each at most once per request. */
  query: readonly string[];
  /** Read only by the server's mirror, never by a browser adapter. */
  usedBy?: 'mirror';
}

export interface ProviderManifest {
  id: ProviderId;
  env: {
    /** Holds the base URL; `defaultUrl` when unset. */
    url: string;
    /** Every one of these must be set for the provider to be enabled. */
    credentials: readonly string[];
  };
  defaultUrl: string;
  /** How requests are authenticated (the headers themselves come from the provider's auth.ts). */
  auth: 'bearer' | 'raw-key' | 'signature';
  routes: readonly ReadRoute[];
  /** Whether the list route takes a date range upstream; otherwise the full set is fetched. */
  filtersByDateUpstream: boolean;
  /** Whether response bodies carry provider links the proxy must rewrite to same-origin URLs. */
  linksInBodies: boolean;
}

export function credential(credentials: Credentials, name: string): string {
  const value = credentials[name];
  if (value === undefined) throw new Error(`${name} is not configured`);
  return value;
}
