// Where the server answers. The browser builds every request from these, the server mounts them.
import type { ProviderId } from './providers.ts';

export const API_BASE = '/api';
/** `GET` lists the providers (see providers-response.ts); below it, the signing proxy per provider. */
export const PROVIDERS_PATH = `${API_BASE}/providers`;

/** Same-origin prefix of one provider's proxied API, e.g. `/api/providers/caspen`. */
export function providerProxyBase(provider: ProviderId): string {
  return `${PROVIDERS_PATH}/${provider}`;
}

/** Whether a request path (with or without its query) belongs to the server rather than the SPA. */
export function isApiPath(pathOrUrl: string): boolean {
  return (
    pathOrUrl === API_BASE || pathOrUrl.startsWith(`${API_BASE}/`) || pathOrUrl.startsWith(`${API_BASE}?`)
  );
}

/** Below it, the shared provider mirror: `GET <base>/<provider>/appointments?from=<ms>&to=<ms>`. */
export const MIRROR_PATH = `${API_BASE}/mirror`;

/** One provider's date window from the mirror, e.g. `/api/mirror/caspen/appointments?from=…&to=…`. */
export function mirrorWindowPath(provider: ProviderId, fromMs: number, toMs: number): string {
  return `${MIRROR_PATH}/${provider}/appointments?from=${fromMs}&to=${toMs}`;
}
