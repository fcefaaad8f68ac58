import { describe, expect, it } from 'vitest';
import { initialBudget, nextSendAt, observe, recordSend, share } from './budget.ts';
import { openNodeSqlite } from './node-sqlite.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runWhile, type SandboxRequest } from './test-support/harness.ts';
import { newCaspenBooking } from './test-support/new-bookings.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);

/** Most requests seen in any rolling window of `windowMs`. */
function peakInWindow(requests: readonly SandboxRequest[], windowMs: number): number {
  let peak = 0;
  for (let i = 0, j = 0; i < requests.length; i += 1) {
    while (requests[j]!.atMs <= requests[i]!.atMs - windowMs) j += 1;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('the budget', () => {
  it('learns limit and window from the headers, keeping the smallest window estimate', () => {
    let b = initialBudget({ limit: 60, windowMs: 60_000 });
    b = recordSend(b, 10_000);
    b = observe(
      b,
      headers({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59', 'x-ratelimit-reset': '17' }),
      10_010,
    );
    expect(b).toMatchObject({ limit: 60, windowMs: 7_000, learned: true });
    b = recordSend(b, 10_400);
    b = observe(
      b,
      headers({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '58', 'x-ratelimit-reset': '17' }),
      10_410,
    );
    expect(b.windowMs).toBe(7_000);
    expect(share(b)).toBe(48);
  });

  it('counts another spender against the estimate only in the safe direction', () => {
    let b = initialBudget({ limit: 10, windowMs: 60_000 });
    b = recordSend(b, 1_000);
    // Two counted, one of them someone else's: the estimate may only get longer, never shorter.
    b = observe(
      b,
      headers({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '8', 'x-ratelimit-reset': '7' }),
      1_010,
    );
    expect(b.learned).toBe(true);
    expect(b.windowMs).toBe(60_000);
  });

  it('waits for the window to move once others have spent the rest of the share', () => {
    let b = initialBudget({ limit: 10, windowMs: 10_000 });
    b = recordSend(b, 0);
    b = observe(
      b,
      headers({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '9' }),
      10,
    );
    expect(nextSendAt(b, 20)).toBeGreaterThanOrEqual(9_000);
  });
});

describe('the engine on the sandbox budget', () => {
  it('Caspen at its documented 60 per 60 s: never above 80% in any window, never a 429', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 5_000 } });
    const engine = h.engine('caspen', createMirrorStore(openNodeSqlite(':memory:').driver));
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 60 * 60_000);
    h.sandbox.bookings.add('caspen', newCaspenBooking(h.sandbox, START + 3_600_000));
    await runWhile(h.clock, engine, () => h.clock.now() < START + 12 * 60_000, 15 * 60_000);
    const caspen = h.requests.filter((r) => r.provider === 'caspen');
    expect(caspen.length).toBeGreaterThan(100);
    expect(peakInWindow(caspen, 60_000)).toBeLessThanOrEqual(48);
    expect(caspen.filter((r) => r.status === 429)).toEqual([]);
    expect(engine.state().rateLimited).toBe(0);
  });

  it('a scaled window (60 per 6 s) is learned from the headers, and the sync runs near its floor', async () => {
    const h = createHarness({
      startMs: START,
      sandbox: { size: 8_000, caspenRateLimit: { limit: 60, windowMs: 6_000 } },
    });
    const engine = h.engine('caspen', createMirrorStore(openNodeSqlite(':memory:').driver));
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 60 * 60_000);
    const caspen = h.requests.filter((r) => r.provider === 'caspen');
    expect(engine.state().budget).toMatchObject({ limit: 60, learned: true });
    expect(engine.state().budget.windowMs).toBeGreaterThanOrEqual(6_000);
    expect(engine.state().budget.windowMs).toBeLessThan(6_200);
    expect(peakInWindow(caspen, 6_000)).toBeLessThanOrEqual(48);
    expect(caspen.filter((r) => r.status === 429)).toEqual([]);
    const floorMs = (caspen.length / 48) * 6_000;
    const tookMs = h.clock.now() - START;
    expect(tookMs).toBeLessThanOrEqual(1.1 * floorMs);
  });

  it('honours Retry-After on a 429 storm and resumes without losing its place', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 2_000 } });
    const engine = h.engine('caspen', createMirrorStore(openNodeSqlite(':memory:').driver));
    await runWhile(h.clock, engine, () => (engine.state().full?.pagesDone ?? 0) < 10, 10 * 60_000);
    h.sandbox.faults.set('caspen', { rateLimitStorm: true });
    const before = h.requests.length;
    await runWhile(h.clock, engine, () => engine.state().rateLimited < 3, 60_000);
    const storm = h.requests.slice(before);
    expect(storm.map((r) => r.status)).toEqual([429, 429, 429]);
    // Retry-After: 1 each time: no two attempts within a second.
    for (let i = 1; i < storm.length; i += 1)
      expect(storm[i]!.atMs - storm[i - 1]!.atMs).toBeGreaterThanOrEqual(1_000);
    h.sandbox.faults.clear('caspen');
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);
    expect(engine.status().state).toBe('ready');
  });
});
