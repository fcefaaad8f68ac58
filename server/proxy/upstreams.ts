// The proxy's upstream table, derived from the provider manifests: where each provider lives, which
// environment variables hold its credentials and how a request to it is authenticated.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { AuthHeaders } from '../providers/provider-manifest.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';

export type { Credentials } from '../providers/provider-manifest.ts';

export interface UpstreamSpec {
  urlVar: string;
  defaultUrl: string;
  /** Every one of these must be set for the provider to be enabled. */
  credentialVars: readonly string[];
  /** Whether response bodies carry provider links the proxy must rewrite to same-origin URLs. */
  linksInBodies: boolean;
  authHeaders: AuthHeaders;
}

function upstreamOf(id: ProviderId): UpstreamSpec {
  const { manifest, authHeaders } = SERVER_PROVIDERS[id];
  return {
    urlVar: manifest.env.url,
    defaultUrl: manifest.defaultUrl,
    credentialVars: manifest.env.credentials,
    linksInBodies: manifest.linksInBodies,
    authHeaders,
  };
}

export const UPSTREAMS = Object.fromEntries(PROVIDER_IDS.map((id) => [id, upstreamOf(id)])) as Record<
  ProviderId,
  UpstreamSpec
>;
