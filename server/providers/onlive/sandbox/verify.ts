import type { MiddlewareHandler } from 'hono';
import { queryPairs, verifyOnlive, type OnliveVerifyFailure } from '../signer.ts';
import { ONLIVE_DATE_HEADER } from '../canonical.ts';
import type { FaultController } from '../../../sandbox/faults.ts';
import { createRollingLimiter, type RateLimit } from '../../../sandbox/rate-limiter.ts';
import { onliveError, onliveFieldError } from './errors.ts';

const REASONS: Record<OnliveVerifyFailure, [field: string, message: string]> = {
  missing: ['authorization', `Authorization and ${ONLIVE_DATE_HEADER} headers are required`],
  malformed: ['authorization', `Authorization or ${ONLIVE_DATE_HEADER} header is malformed`],
  'unknown-key': ['authorization', 'Unknown access key'],
  expired: [ONLIVE_DATE_HEADER, 'Request date is more than 15 minutes from server time'],
  'bad-signature': ['authorization', 'Signature does not match'],
};

/**
 * Verifies the ONLIVE.SITE signature exactly per onlive.md step 8: recomputed from the received
 * method, path, query, Host header and body with the shared signing module; constant-time compare.
 * The clock is shifted by the `clockSkewMs` fault, so the proxy's fresh signatures can look stale.
 */
export function onliveAuth(
  credentials: Readonly<Record<string, string>>,
  faults: FaultController,
  clock: () => number,
): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    const result = await verifyOnlive(
      {
        method: c.req.method,
        path: url.pathname,
        query: queryPairs(url),
        // The Host header as received; in process (`app.request`) there is none, so the URL's host.
        host: c.req.header('host') ?? url.host,
        authorization: c.req.header('authorization') ?? null,
        date: c.req.header(ONLIVE_DATE_HEADER) ?? null,
        ...(hasBody ? { body: new Uint8Array(await c.req.arrayBuffer()) } : {}),
      },
      (id) => (Object.hasOwn(credentials, id) ? credentials[id] : undefined),
      clock() + (faults.get('onlive').clockSkewMs ?? 0),
    );
    if (!result.ok) {
      const [field, message] = REASONS[result.reason];
      return onliveFieldError(c, 401, 'Invalid or missing authentication signature', [{ field, message }]);
    }
    return next();
  };
}

/** 1000 reads per minute per access key (onlive.md, "Rate limits"); runs after `onliveAuth`. */
export function onliveLimiter(rate: RateLimit, clock: () => number): MiddlewareHandler {
  const take = createRollingLimiter(rate, clock);
  return async (c, next) => {
    const key = /Credential:([^\s,]+)/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    const decision = take(key);
    if (!decision.allowed)
      return onliveError(c, 429, undefined, { 'Retry-After': String(decision.retryAfter) });
    return next();
  };
}
