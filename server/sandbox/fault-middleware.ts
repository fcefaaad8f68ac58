import type { Context, MiddlewareHandler } from 'hono';
import type { ProviderKit } from './provider-kit.ts';

const STATUS_MESSAGES = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** Resolves after `ms`, or at once when the request is aborted; never leaves a timer behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Resolves only when the request is aborted (client gone, or the server closing its sockets). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * Applies the provider's current FaultSpec to every request except the /__sandbox control routes.
 * `invalidRecord` and `clockSkewMs` are applied where they matter (list handlers, signature check).
 */
export function faultMiddleware(kit: ProviderKit): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path.startsWith('/__sandbox/')) return next();
    const spec = kit.faults.get(kit.provider);
    const signal = c.req.raw.signal;
    if (spec.latencyMs) await sleep(spec.latencyMs, signal);
    if (spec.hang) {
      await untilAborted(signal);
      // Nobody reads this: the client has gone. 499 is nginx's "client closed request".
      return new Response(null, { status: 499 });
    }
    if (spec.rateLimitStorm)
      return kit.error(c, 429, undefined, { 'Retry-After': '1', ...kit.stormHeaders?.() });
    if (spec.status) return kit.error(c, spec.status, STATUS_MESSAGES[spec.status]);
    await next();
    if (spec.malformedJson && c.res.status >= 200 && c.res.status < 300) await truncateBody(c);
  };
}

// Half of the real body, without the closing brackets or blanks the cut may end on: always invalid
// JSON that does not even end like a document, still 200 and JSON-typed.
async function truncateBody(c: Context): Promise<void> {
  const text = await c.res.text();
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  headers.set('content-type', 'application/json');
  c.res = undefined;
  const half = text.slice(0, Math.max(1, Math.floor(text.length / 2))).replace(/[\s\]}]+$/, '');
  c.res = new Response(half === '' ? '{' : half, { status: 200, headers });
}
