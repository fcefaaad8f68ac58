// A token bucket per staff identity: `burst` requests at once (the dashboard loads ~40 pages at
// start), refilled at `perMinute`. The arithmetic is one pure function; where the buckets live is an
// engine: in memory for one process (Node, Vite), a Durable Object per identity on Workers, where
// each isolate would otherwise count on its own.

export interface RateLimitConfig {
  perMinute: number;
  burst: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Takes one token for `key`. */
export type RateLimiter = (key: string) => RateDecision | Promise<RateDecision>;

export interface Bucket {
  tokens: number;
  /** Epoch ms of the last update. */
  at: number;
}

const MAX_TRACKED = 10_000;

/** The bucket after one request at `t`, and whether that request may go. */
export function takeToken(
  previous: Bucket | undefined,
  t: number,
  config: RateLimitConfig,
): { bucket: Bucket; decision: RateDecision } {
  const perMs = config.perMinute / 60_000;
  const tokens = previous
    ? Math.min(config.burst, previous.tokens + Math.max(0, t - previous.at) * perMs)
    : config.burst;
  if (tokens < 1)
    return {
      bucket: { tokens, at: t },
      decision: { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) },
    };
  return { bucket: { tokens: tokens - 1, at: t }, decision: { ok: true } };
}

/** In-memory buckets: per process. */
export function createRateLimiter(config: RateLimitConfig, now: () => number): (key: string) => RateDecision {
  const buckets = new Map<string, Bucket>();
  return (key) => {
    const t = now();
    const previous = buckets.get(key);
    if (!previous && buckets.size >= MAX_TRACKED) forgetFullBuckets(buckets, config, t);
    const { bucket, decision } = takeToken(previous, t, config);
    buckets.set(key, bucket);
    return decision;
  };
}

/** Bounded memory: a bucket that has refilled completely carries no information. */
function forgetFullBuckets(buckets: Map<string, Bucket>, config: RateLimitConfig, t: number): void {
  const perMs = config.perMinute / 60_000;
  for (const [key, bucket] of buckets)
    if (bucket.tokens + (t - bucket.at) * perMs >= config.burst) buckets.delete(key);
  if (buckets.size >= MAX_TRACKED) buckets.clear();
}
