import { describe, expect, it } from 'vitest';
import { openNodeSqlite } from './node-sqlite.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runUntil, runWhile } from './test-support/harness.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;

async function synced(provider: 'caspen' | 'onlive' = 'caspen') {
  const h = createHarness({ startMs: START, sandbox: { size: 300 } });
  const store = createMirrorStore(openNodeSqlite(':memory:').driver);
  const engine = h.engine(provider, store);
  await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);
  return { h, store, engine };
}

describe('faults', () => {
  it('an outage keeps serving the last synced rows, labelled stale with their age and the error', async () => {
    const { h, engine } = await synced();
    const before = engine.window(START - 7 * DAY, START + 7 * DAY).rows.records.length;
    const syncedAt = engine.status().syncedAtMs;
    h.sandbox.faults.set('caspen', { status: 503 });
    const outageAt = h.requests.length;
    await runUntil(h.clock, engine, h.clock.now() + 10 * 60_000);
    const { rows, sync } = engine.window(START - 7 * DAY, START + 7 * DAY);
    expect(rows.records).toHaveLength(before);
    expect(sync).toMatchObject({ state: 'stale', syncedAtMs: syncedAt });
    expect(sync.error).toMatchObject({ code: 'upstream' });
    expect(sync.error?.message).toMatch(/Caspen answered 503/);
    // Backoff: the gaps between attempts grow (2 s, 4 s, 8 s, …), so ten minutes hold only a few.
    const attempts = h.requests.slice(outageAt).map((r) => r.atMs);
    expect(attempts.length).toBeLessThanOrEqual(10);
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
    h.sandbox.faults.clear('caspen');
    await runUntil(h.clock, engine, h.clock.now() + 6 * 60_000);
    expect(engine.status()).toMatchObject({ state: 'ready', error: null });
  });

  it('a revoked key is an error that says so', async () => {
    const { h, engine } = await synced();
    h.intercept.current = async () => Response.json({ message: 'Unauthenticated.' }, { status: 401 });
    await runUntil(h.clock, engine, h.clock.now() + 60_000);
    const { error, state } = engine.status();
    expect(state).toBe('stale');
    expect(error).toMatchObject({ code: 'unauthenticated' });
    expect(error?.message).toMatch(/refused the mirror's credentials \(401\).*revoked/);
  });

  it('a provider that is down from the start says so, with nothing stored', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 50, faults: { onlive: { status: 502 } } } });
    const engine = h.engine('onlive', createMirrorStore(openNodeSqlite(':memory:').driver));
    await runUntil(h.clock, engine, START + 60_000);
    expect(engine.status()).toMatchObject({ state: 'error', syncedAtMs: null });
    expect(engine.status().error?.retryAtMs).toBeGreaterThan(h.clock.now());
  });

  it('quarantines records that break the minimal schema, and lists them until they are fixed', async () => {
    const { h, store, engine } = await synced('onlive');
    const count = store.appointmentCount('onlive');
    h.sandbox.faults.set('onlive', { invalidRecord: true });
    const at = h.clock.now();
    await runWhile(h.clock, engine, () => (engine.state().lastFullAtMs ?? 0) <= at, 10 * 60_000);
    const { quarantined } = engine.window(START, START + DAY).rows;
    expect(quarantined.length).toBeGreaterThan(0);
    expect(quarantined[0]).toMatchObject({ path: 'start' });
    expect(quarantined[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(store.appointmentCount('onlive')).toBe(count - quarantined.length);
    h.sandbox.faults.clear('onlive');
    const fixedAt = h.clock.now();
    await runWhile(h.clock, engine, () => (engine.state().lastFullAtMs ?? 0) <= fixedAt, 10 * 60_000);
    expect(engine.window(START, START + DAY).rows.quarantined).toEqual([]);
    expect(store.appointmentCount('onlive')).toBe(count);
  });

  it('a page that is not the provider shape is an error, and the scan resumes at that page', async () => {
    const { h, engine } = await synced();
    h.sandbox.faults.set('caspen', { malformedJson: true });
    await runUntil(h.clock, engine, h.clock.now() + 3 * 60_000);
    expect(engine.status().error).toMatchObject({ code: 'bad-gateway' });
    h.sandbox.faults.clear('caspen');
    await runUntil(h.clock, engine, h.clock.now() + 6 * 60_000);
    expect(engine.status().error).toBeNull();
  });
});
