import { describe, expect, it } from 'vitest';
import { createLimiter, mapLimited } from './limiter.ts';
import { createProgressTracker } from './progress.ts';
import { createRefCache } from './ref-cache.ts';
import { sleep } from './sleep.ts';
import type { ProviderProgress } from './contract.ts';

describe('limiter', () => {
  it('never runs more than max tasks at once and keeps result order', async () => {
    let active = 0;
    let peak = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 1, 2], 3, async (n) => {
      active += 1;
      peak = Math.max(peak, active);
      await sleep(n);
      active -= 1;
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([50, 10, 40, 20, 30, 10, 20]);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('reference cache', () => {
  it('loads a key once for concurrent callers and reuses it until the TTL ends', async () => {
    let now = 0;
    let loads = 0;
    const cache = createRefCache({ now: () => now, ttlMs: 1000 });
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load, 0), cache.get('k', load, 0)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('k', load, 0)).toBe(1);
    now = 1000;
    expect(await cache.get('k', load, 0)).toBe(2);
  });

  it('answers the fallback on failure and retries after the shorter failure TTL', async () => {
    let now = 0;
    let calls = 0;
    const cache = createRefCache({ now: () => now, ttlMs: 10_000, failureTtlMs: 100 });
    const failing = async () => {
      calls += 1;
      throw new Error('404');
    };
    expect(await cache.get('k', failing, 'fallback')).toBe('fallback');
    expect(await cache.get('k', failing, 'fallback')).toBe('fallback');
    expect(calls).toBe(1);
    now = 100;
    await cache.get('k', failing, 'fallback');
    expect(calls).toBe(2);
  });

  it('forgets a lookup that was aborted', async () => {
    const cache = createRefCache({ now: () => 0 });
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const load = async (signal?: AbortSignal) => {
      calls += 1;
      if (signal?.aborted) throw new Error('aborted');
      return 'ok';
    };
    expect(await cache.get('k', load, 'none', controller.signal)).toBe('none');
    expect(await cache.get('k', load, 'none')).toBe('ok');
    expect(calls).toBe(2);
  });
});

describe('progress tracker', () => {
  it('sums pages over parts and knows totals only once every part reported', () => {
    const seen: ProviderProgress[] = [];
    const progress = createProgressTracker(2, (p) => seen.push(p));
    progress.partTotals(0, 3, 250);
    progress.page(100);
    progress.partTotals(1, 1, 40);
    progress.page(40);
    expect(seen).toEqual([
      { pagesFetched: 1, totalPages: null, itemsFetched: 100, totalItems: null },
      { pagesFetched: 2, totalPages: 4, itemsFetched: 140, totalItems: 290 },
    ]);
  });
});

describe('sleep', () => {
  it('rejects with the abort reason', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
