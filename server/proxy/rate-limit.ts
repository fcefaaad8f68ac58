// A token bucket per staff identity: `burst` requests at once (the dashboard loads ~40 pages at
// start), refilled at `perMinute`. In memory, so per process (per isolate on Workers): it protects
// the providers' quotas from one runaway tab, it is not a distributed quota.

export interface RateLimitConfig {
  perMinute: number;
  burst: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

const MAX_TRACKED = 10_000;

export function createRateLimiter(config: RateLimitConfig, now: () => number): (key: string) => RateDecision {
  const perMs = config.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key) => {
    const t = now();
    const previous = buckets.get(key);
    const tokens = previous
      ? Math.min(config.burst, previous.tokens + Math.max(0, t - previous.at) * perMs)
      : config.burst;
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    if (!previous && buckets.size >= MAX_TRACKED) forgetFullBuckets(buckets, config, perMs, t);
    buckets.set(key, { tokens: tokens - 1, at: t });
    return { ok: true };
  };
}

/** Bounded memory: a bucket that has refilled completely carries no information. */
function forgetFullBuckets(
  buckets: Map<string, { tokens: number; at: number }>,
  config: RateLimitConfig,
  perMs: number,
  t: number,
): void {
  for (const [key, bucket] of buckets)
    if (bucket.tokens + (t - bucket.at) * perMs >= config.burst) buckets.delete(key);
  if (buckets.size >= MAX_TRACKED) buckets.clear();
}
