// The identity provider's key set, fetched with the injected fetch and clock, verified with jose's
// createLocalJWKSet. Refreshed every `refreshMs`; when a refresh fails (500, HTML, timeout,
// unreachable) the last good set stays trusted for `graceMs` more, so an identity-provider outage does
// not lock staff out at once. Past that, or with no good set at all, verification fails as
// JwksUnavailable: a 503, never a 401 telling staff to sign in again.
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

export class JwksUnavailable extends Error {
  override readonly name = 'JwksUnavailable';
}

export interface JwksCacheOptions {
  fetch: typeof fetch;
  now: () => number;
  graceMs: number;
  /** How long a fetched set is used before it is refetched (jose's default cache age). */
  refreshMs?: number;
  /** After a failed fetch, how long to wait before trying again (requests meanwhile use the last set). */
  retryMs?: number;
  timeoutMs?: number;
}

const jwksSchema = z.object({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) });

export function createJwksCache(url: string, options: JwksCacheOptions): JWTVerifyGetKey {
  const { refreshMs = 600_000, retryMs = 30_000, timeoutMs = 5000 } = options;
  let good: { getKey: JWTVerifyGetKey; fetchedAt: number } | null = null;
  let failedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | null = null;

  const load = async () => {
    const response = await options.fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new JwksUnavailable(`JWKS answered ${response.status}`);
    const parsed = jwksSchema.safeParse(JSON.parse(await response.text()));
    if (!parsed.success) throw new JwksUnavailable('JWKS is not a key set');
    good = { getKey: createLocalJWKSet(parsed.data as JSONWebKeySet), fetchedAt: options.now() };
  };

  /** The key set to verify with, refreshed first when it is due and the last failure is not too recent. */
  const current = async (force: boolean): Promise<JWTVerifyGetKey> => {
    const t = options.now();
    const due = good === null || force || t - good.fetchedAt >= refreshMs;
    if (due && t - failedAt >= retryMs) {
      try {
        await (pending ??= load().finally(() => (pending = null)));
      } catch {
        failedAt = t;
      }
    }
    if (good === null || options.now() - good.fetchedAt >= refreshMs + options.graceMs)
      throw new JwksUnavailable('No usable key set from the identity provider');
    return good.getKey;
  };

  return async (header, token) => {
    const getKey = await current(false);
    try {
      return await getKey(header, token);
    } catch (error) {
      // A key id we do not know yet: the identity provider may have rotated its keys. Refetch, at most
      // once per `retryMs` whatever tokens arrive.
      if (!(error instanceof errors.JWKSNoMatchingKey) || options.now() - (good?.fetchedAt ?? 0) < retryMs)
        throw error;
      return (await current(true))(header, token);
    }
  };
}
