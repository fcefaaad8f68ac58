// The provider registry on the proxy side: where each provider lives, which environment variables hold
// its credentials and how a request to it is authenticated. Adding a provider means one entry here
// (the Record type and upstreams.test.ts fail until it exists).
import type { ProviderId } from '../../contract/providers.ts';
import { onliveAuthHeaders } from '../providers/onlive/signer.ts';

/** Credential values keyed by their environment variable name; all present when a provider is enabled. */
export type Credentials = Readonly<Record<string, string>>;

export interface UpstreamSpec {
  urlVar: string;
  defaultUrl: string;
  /** Every one of these must be set for the provider to be enabled. */
  credentialVars: readonly string[];
  /** Whether response bodies carry provider links the proxy must rewrite to same-origin URLs. */
  linksInBodies: boolean;
  /** Headers that authenticate one GET to `url` at `nowMs`. */
  authHeaders(credentials: Credentials, url: URL, nowMs: number): Promise<Record<string, string>>;
}

function credential(credentials: Credentials, name: string): string {
  const value = credentials[name];
  if (value === undefined) throw new Error(`${name} is not configured`);
  return value;
}

export const UPSTREAMS: Record<ProviderId, UpstreamSpec> = {
  // caspen.md, "Authentication": bearer token on every call.
  caspen: {
    urlVar: 'CASPEN_API_URL',
    defaultUrl: 'https://api.caspen.com/v1',
    credentialVars: ['CASPEN_API_TOKEN'],
    // caspen.md, "Pagination": absolute `links.next` / `links.prev`.
    linksInBodies: true,
    authHeaders: async (c) => ({ authorization: `Bearer ${credential(c, 'CASPEN_API_TOKEN')}` }),
  },
  // appointment-one.md, "Authentication": the raw key with no scheme prefix; examples send a JSON type.
  'appointment-one': {
    urlVar: 'APPOINTMENT_ONE_API_URL',
    defaultUrl: 'https://www.appointment.one/api/v1',
    credentialVars: ['APPOINTMENT_ONE_API_KEY'],
    // appointment-one.md, "Common response conventions": HATEOAS `links[].href` everywhere.
    linksInBodies: true,
    authHeaders: async (c) => ({
      authorization: credential(c, 'APPOINTMENT_ONE_API_KEY'),
      'content-type': 'application/json',
    }),
  },
  // onlive.md, "The scheme this project implements"; Content-Type is listed as required on endpoint pages.
  onlive: {
    urlVar: 'ONLIVE_API_URL',
    defaultUrl: 'https://openapi.onlive.site/api/v1',
    credentialVars: ['ONLIVE_ACCESS_KEY_ID', 'ONLIVE_SECRET_ACCESS_KEY'],
    // Page numbers, no links (onlive.md, "Pagination"): bodies pass through without a link scan.
    linksInBodies: false,
    authHeaders: async (c, url, nowMs) => ({
      ...(await onliveAuthHeaders(
        { method: 'GET', url },
        {
          accessKeyId: credential(c, 'ONLIVE_ACCESS_KEY_ID'),
          secret: credential(c, 'ONLIVE_SECRET_ACCESS_KEY'),
        },
        nowMs,
      )),
      'content-type': 'application/json',
    }),
  },
};
