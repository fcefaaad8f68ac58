import { describe, expect, it } from 'vitest';
import { ProviderError } from '../errors.ts';
import type { JsonResponse } from '../http.ts';
import { createPacer } from './pacer.ts';

/** A virtual clock: `sleep` advances it instantly, so minutes of pacing take no real time. */
function virtualTime(startMs = 1_700_000_000_000) {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

/** A fixed-window upstream like Caspen's headers describe: `limit` per window, Reset in unix seconds. */
function upstream(clock: { now: () => number }, limit: number, windowMs: number) {
  let windowStart = clock.now();
  let used = 0;
  let limited = 0;
  const request = async (): Promise<JsonResponse> => {
    if (clock.now() >= windowStart + windowMs) {
      windowStart = clock.now();
      used = 0;
    }
    const reset = String(Math.ceil((windowStart + windowMs) / 1000));
    if (used >= limit) {
      limited += 1;
      throw new ProviderError({
        provider: 'caspen',
        kind: 'rate-limited',
        message: '429',
        status: 429,
        retryAfter: 1,
      });
    }
    used += 1;
    const headers = new Headers({
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(limit - used),
      'x-ratelimit-reset': reset,
    });
    return { status: 200, headers, body: {} };
  };
  return { request, limitedCount: () => limited };
}

describe('Caspen pacer', () => {
  it('spreads 25 requests over windows of 10 without ever being limited', async () => {
    const clock = virtualTime();
    const server = upstream(clock, 10, 60_000);
    const pacer = createPacer({ now: clock.now, sleep: clock.sleep, reserve: 2 });
    const start = clock.now();
    for (let i = 0; i < 25; i += 1) await pacer.run(server.request);
    expect(server.limitedCount()).toBe(0);
    // 8 per window (2 kept in reserve): 25 requests need 4 windows, i.e. 3 waits for a reset.
    expect(clock.sleeps).toHaveLength(3);
    expect(clock.now() - start).toBeGreaterThanOrEqual(3 * 60_000);
  });

  it('runs concurrent callers one at a time so the headers stay meaningful', async () => {
    const clock = virtualTime();
    const server = upstream(clock, 5, 1000);
    const pacer = createPacer({ now: clock.now, sleep: clock.sleep, reserve: 0 });
    await Promise.all(Array.from({ length: 12 }, () => pacer.run(server.request)));
    expect(server.limitedCount()).toBe(0);
  });

  it('waits Retry-After on a 429 and tries again, a bounded number of times', async () => {
    const clock = virtualTime();
    let calls = 0;
    const flaky = async (): Promise<JsonResponse> => {
      calls += 1;
      if (calls < 3)
        throw new ProviderError({ provider: 'caspen', kind: 'rate-limited', message: '429', retryAfter: 7 });
      return { status: 200, headers: new Headers(), body: 'ok' };
    };
    const pacer = createPacer({ now: clock.now, sleep: clock.sleep });
    await expect(pacer.run(flaky)).resolves.toMatchObject({ body: 'ok' });
    expect(clock.sleeps).toEqual([7000, 7000]);

    const always = async (): Promise<JsonResponse> => {
      throw new ProviderError({ provider: 'caspen', kind: 'rate-limited', message: 'storm', retryAfter: 1 });
    };
    await expect(
      createPacer({ now: clock.now, sleep: clock.sleep, maxAttempts: 3 }).run(always),
    ).rejects.toMatchObject({
      kind: 'rate-limited',
    });
  });

  it('does not retry other errors', async () => {
    const clock = virtualTime();
    let calls = 0;
    const failing = async (): Promise<JsonResponse> => {
      calls += 1;
      throw new ProviderError({ provider: 'caspen', kind: 'upstream', message: '500', status: 500 });
    };
    await expect(createPacer({ now: clock.now, sleep: clock.sleep }).run(failing)).rejects.toMatchObject({
      kind: 'upstream',
    });
    expect(calls).toBe(1);
  });

  it('never waits longer than maxWaitMs, whatever Reset says', async () => {
    const clock = virtualTime();
    const farReset = String(Math.ceil(clock.now() / 1000) + 86_400);
    const request = async (): Promise<JsonResponse> => ({
      status: 200,
      headers: new Headers({
        'x-ratelimit-limit': '60',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': farReset,
      }),
      body: null,
    });
    const pacer = createPacer({ now: clock.now, sleep: clock.sleep, maxWaitMs: 65_000 });
    await pacer.run(request);
    await pacer.run(request);
    expect(clock.sleeps).toEqual([65_000]);
  });
});
