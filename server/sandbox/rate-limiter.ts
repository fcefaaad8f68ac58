/** A budget of `limit` requests per rolling `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds when the oldest counted request leaves the window (a slot frees). */
  resetAt: number;
  /** Whole seconds to wait before retrying; 0 when allowed. */
  retryAfter: number;
}

/**
 * Rolling-window limiter per key, as providers document budgets ("60 requests per rolling 60 s, per API key").
 * Keeps the timestamps of accepted requests only, so a client that keeps hammering while limited
 * is not pushed further back.
 */
export function createRollingLimiter(rate: RateLimit, clock: () => number): (key: string) => RateDecision {
  const hits = new Map<string, number[]>();
  return (key) => {
    const now = clock();
    const kept = (hits.get(key) ?? []).filter((t) => t > now - rate.windowMs);
    const allowed = kept.length < rate.limit;
    if (allowed) kept.push(now);
    hits.set(key, kept);
    const oldest = kept[0] ?? now;
    const freesAt = oldest + rate.windowMs;
    return {
      allowed,
      limit: rate.limit,
      remaining: Math.max(0, rate.limit - kept.length),
      resetAt: Math.ceil(freesAt / 1000),
      retryAfter: allowed ? 0 : Math.max(1, Math.ceil((freesAt - now) / 1000)),
    };
  };
}
