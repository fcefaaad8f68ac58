// The read routes the dashboard uses, per provider, and the query keys each accepts: exactly what the
// provider manifests list. Anything else is refused before the upstream is contacted.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { ReadRoute } from '../providers/provider-manifest.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { ProxyRefusal } from './errors.ts';

export const ALLOW_LIST = Object.fromEntries(
  PROVIDER_IDS.map((id) => [id, SERVER_PROVIDERS[id].manifest.routes]),
) as Record<ProviderId, readonly ReadRoute[]>;

/** One path segment of safe characters: letters, digits, `_ - . @` (Appointment.one ids are e-mails). */
export const ID_PATTERN = /^[A-Za-z0-9_.@-]{1,128}$/;
const NUMERIC_KEYS = new Set(['page', 'limit']);
const MAX_VALUE_LENGTH = 512;

export interface AllowedRequest {
  /** Decoded path segments below the provider's base URL. */
  segments: readonly string[];
  query: ReadonlyArray<readonly [string, string]>;
  /** Route template for logs, without ids or query values. */
  label: string;
}

/** Throws a ProxyRefusal (404 for unknown paths, 400 for bad ids or query) unless allowed. */
export function checkAllowList(
  provider: ProviderId,
  segments: readonly string[],
  query: URLSearchParams,
): AllowedRequest {
  const [collection, id, ...extra] = segments;
  const path = id === undefined ? collection : `${collection}/:id`;
  const route = ALLOW_LIST[provider].find((r) => r.path === path);
  if (!route || extra.length > 0)
    throw new ProxyRefusal(404, 'not-found', 'This path is not available through the proxy');
  if (id !== undefined && (!ID_PATTERN.test(id) || /^\.+$/.test(id)))
    throw new ProxyRefusal(400, 'bad-request', 'The id in the path is not valid');
  return { segments, query: checkQuery(route, query), label: `${provider} ${route.path}` };
}

function checkQuery(route: ReadRoute, query: URLSearchParams) {
  const pairs = [...query.entries()];
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    if (!route.query.includes(key))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${printable(key)}" is not accepted here`);
    if (seen.has(key))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${key}" may appear only once`);
    seen.add(key);
    if (!validValue(key, value))
      throw new ProxyRefusal(400, 'bad-request', `Query parameter "${key}" is not valid`);
  }
  return pairs;
}

function validValue(key: string, value: string): boolean {
  if (NUMERIC_KEYS.has(key)) return /^\d{1,6}$/.test(value);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return value.length <= MAX_VALUE_LENGTH && !/[\u0000-\u001f\u007f]/.test(value);
}

/** Echoing a refused key is useful to the developer; keep it short and safe to print. */
function printable(key: string): string {
  return key.replace(/[^A-Za-z0-9_.-]/g, '?').slice(0, 40);
}
