import { describe, expect, it } from 'vitest';
import { openNodeSqlite } from './node-sqlite.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runWhile } from './test-support/harness.ts';
import { newCaspenBooking } from './test-support/new-bookings.ts';

const appointment = (id: string, startMs: number, refKeys: string[] = []) => ({
  id,
  startMs,
  endMs: startMs + 1,
  body: JSON.stringify({ id }),
  refKeys,
});

describe('the store', () => {
  it('migrates once, by schema version', () => {
    const { driver } = openNodeSqlite(':memory:');
    createMirrorStore(driver);
    createMirrorStore(driver);
    expect(driver.schemaVersion()).toBe(SCHEMA_VERSION);
  });

  it('answers a window by start, half-open, with only the reference records it points at', () => {
    const store = createMirrorStore(openNodeSqlite(':memory:').driver);
    store.writePage({
      provider: 'caspen',
      scan: 1,
      nowMs: 0,
      appointments: [
        appointment('a', 100, ['services:s1']),
        appointment('b', 200, ['services:s2']),
        appointment('c', 300),
      ],
      refs: [
        { key: 'services:s1', body: '{"id":"s1"}' },
        { key: 'services:s2', body: '{"id":"s2"}' },
      ],
      state: '{}',
    });
    const rows = store.window('caspen', 100, 300);
    expect(rows.records).toEqual(['{"id":"a"}', '{"id":"b"}']);
    expect(rows.refs.map((r) => r.key).sort()).toEqual(['services:s1', 'services:s2']);
    expect(store.window('caspen', 150, 250).refs).toEqual([{ key: 'services:s2', body: '{"id":"s2"}' }]);
    expect(store.window('onlive', 0, 1_000).records).toEqual([]);
  });

  it('counts a page rewriting the same records as no change', () => {
    const store = createMirrorStore(openNodeSqlite(':memory:').driver);
    const page = { provider: 'caspen', scan: 1, nowMs: 0, appointments: [appointment('a', 1)], state: '{}' };
    expect(store.writePage(page)).toBe(1);
    expect(store.writePage({ ...page, scan: 2 })).toBe(0);
    expect(
      store.writePage({ ...page, appointments: [{ ...appointment('a', 1), body: '{"id":"a","x":1}' }] }),
    ).toBe(1);
  });
});

describe('retention', () => {
  const START = Date.UTC(2026, 11, 1, 9, 0, 0);
  const DAY = 86_400_000;

  it('keeps nothing that ended before the retention window, configurable in days', async () => {
    const h = createHarness({ startMs: START, sandbox: { size: 200 } });
    h.sandbox.bookings.add('caspen', newCaspenBooking(h.sandbox, START - 401 * DAY, 1));
    h.sandbox.bookings.add('caspen', newCaspenBooking(h.sandbox, START - 399 * DAY, 2));
    const store = createMirrorStore(openNodeSqlite(':memory:').driver);
    const engine = h.engine('caspen', store);
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 30 * 60_000);
    expect(store.window('caspen', START - 402 * DAY, START - 400 * DAY).records).toEqual([]);
    expect(store.window('caspen', START - 400 * DAY, START - 398 * DAY).records).toHaveLength(1);

    const shorter = h.engine('caspen', store, { retentionDays: 30 });
    const at = h.clock.now();
    await runWhile(h.clock, shorter, () => (shorter.state().lastFullAtMs ?? 0) <= at, 30 * 60_000);
    expect(store.window('caspen', 0, START - 31 * DAY).records).toEqual([]);
    expect(store.window('caspen', START - 30 * DAY, START).records.length).toBeGreaterThan(0);
  });
});
