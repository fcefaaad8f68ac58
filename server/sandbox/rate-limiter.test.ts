import { describe, expect, it } from 'vitest';
import { createRollingLimiter } from './rate-limiter.ts';

describe('createRollingLimiter', () => {
  it('allows `limit` requests per rolling window per key, counting accepted requests only', () => {
    let now = 0;
    const take = createRollingLimiter({ limit: 2, windowMs: 1000 }, () => now);
    expect(take('a')).toEqual({ allowed: true, limit: 2, remaining: 1, resetAt: 1, retryAfter: 0 });
    now = 400;
    expect(take('a').remaining).toBe(0);
    now = 600;
    expect(take('a')).toEqual({ allowed: false, limit: 2, remaining: 0, resetAt: 1, retryAfter: 1 });
    expect(take('b').allowed).toBe(true);
    now = 999;
    expect(take('a').allowed).toBe(false);
    now = 1000; // the request at 0 leaves the window at 0 + 1000, the Reset it announced
    expect(take('a')).toMatchObject({ allowed: true, remaining: 0, resetAt: 2 });
    now = 1399;
    expect(take('a').allowed).toBe(false);
    now = 1400;
    expect(take('a')).toMatchObject({ allowed: true, remaining: 0 });
  });
});
