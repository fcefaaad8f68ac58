// The one path from a browser request to a provider: parse, check access and the allow-list, sign,
// call, clean. Every refusal is thrown before the upstream is contacted.
import { PROVIDER_LABELS } from '../../contract/providers.ts';
import { checkAllowList, type AllowedRequest } from './allow-list.ts';
import type { ProxyConfig } from './config.ts';
import { ProxyRefusal } from './errors.ts';
import { providerProxyBase } from '../../contract/api-paths.ts';
import { parseProxyTarget } from './request-guard.ts';
import { scrubberFor } from './scrub.ts';
import type { StaffIdentity } from './staff-auth.ts';
import { callUpstream, type UpstreamFetch } from './upstream-call.ts';
import { mapUpstream, type MappedResponse } from './upstream-response.ts';
import { UPSTREAMS } from './upstreams.ts';

export interface ForwardDeps {
  config: ProxyConfig;
  fetch: UpstreamFetch;
  now: () => number;
  /** Who the provider sees calling: the mirror's sync names itself apart from staff reads. */
  userAgent?: string;
}

export const PROXY_USER_AGENT = 'frontdesk-proxy';
export const MIRROR_USER_AGENT = 'frontdesk-mirror';

export interface ForwardResult extends MappedResponse {
  /** Route template for the request log. */
  label: string;
}

export async function forwardRequest(
  request: { method: string; url: string },
  identity: StaffIdentity,
  deps: ForwardDeps,
): Promise<ForwardResult> {
  if (request.method !== 'GET')
    throw new ProxyRefusal(405, 'method-not-allowed', 'Only GET requests are forwarded');
  const target = parseProxyTarget(request.url);
  const label = PROVIDER_LABELS[target.provider];
  if (!identity.providers.includes(target.provider))
    throw new ProxyRefusal(403, 'forbidden', `You do not have access to ${label}`);
  const upstream = deps.config.providers[target.provider];
  if (upstream.credentials === null)
    throw new ProxyRefusal(404, 'not-found', `${label} is not enabled on this server`);
  const allowed = checkAllowList(target.provider, target.segments, target.query);
  const url = upstreamUrl(upstream.apiUrl, allowed);
  const nowMs = deps.now();
  const auth = await UPSTREAMS[target.provider].authHeaders(upstream.credentials, url, nowMs);
  // Fresh headers: nothing the caller sent (Authorization, Cookie, ...) ever goes upstream.
  const headers = { accept: 'application/json', 'user-agent': deps.userAgent ?? PROXY_USER_AGENT, ...auth };
  const outcome = await callUpstream(deps.fetch, url, headers, {
    timeoutMs: deps.config.upstreamTimeoutMs,
    ...deps.config.bodyLimits,
  });
  const mapped = mapUpstream(outcome, {
    provider: target.provider,
    apiUrl: upstream.apiUrl,
    proxyBase: providerProxyBase(target.provider),
    rewriteLinks: UPSTREAMS[target.provider].linksInBodies,
    timeoutMs: deps.config.upstreamTimeoutMs,
    nowMs: deps.now(),
    scrub: scrubberFor(deps.config),
  });
  return { ...mapped, label: allowed.label };
}

/** The upstream URL is built from the configured base and checked segments, never from the input URL. */
export function upstreamUrl(apiUrl: string, allowed: AllowedRequest): URL {
  const base = new URL(apiUrl);
  const url = new URL(base.origin);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/${allowed.segments.map(encodeURIComponent).join('/')}`;
  for (const [key, value] of allowed.query) url.searchParams.append(key, value);
  if (url.origin !== base.origin) throw new Error('Upstream URL left the configured origin');
  return url;
}
