import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeSqlite, STORE_FILE } from './node-sqlite.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runWhile } from './test-support/harness.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-mirror-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('crash and restart', () => {
  it('a kill in mid-request resumes at the uncommitted page: no duplicates, nothing lost, nothing refetched', async () => {
    const dir = tempDir();
    const h = createHarness({ startMs: START, sandbox: { size: 2_500 } });
    const first = openNodeSqlite(dir);
    const engine = h.engine('caspen', createMirrorStore(first.driver));
    await runWhile(h.clock, engine, () => (engine.state().full?.pagesDone ?? 0) < 20, 10 * 60_000);
    // The next request never answers: the process "dies" with it in flight.
    let hung = '';
    h.intercept.current = (_provider, url) => {
      hung = `${url.pathname}${url.search}`;
      return new Promise<Response>(() => {});
    };
    let steps = 0;
    while (hung === '' && steps < 1_000) {
      steps += 1;
      const next = engine.tick();
      const wake = await Promise.race([next, new Promise<null>((r) => setImmediate(() => r(null)))]);
      if (wake === null) break;
      h.clock.set(Math.max(h.clock.now(), wake));
    }
    expect(hung).not.toBe('');
    const fetchedBefore = h.requests.map((r) => r.path);
    // No close: SQLite's journal is all a killed process leaves behind.

    h.intercept.current = null;
    const second = openNodeSqlite(dir);
    const store = createMirrorStore(second.driver);
    const restarted = h.engine('caspen', store);
    // Served from the store at once, marked partial.
    expect(restarted.status().state).toBe('first-sync');
    expect(store.appointmentCount('caspen')).toBeGreaterThan(0);
    await runWhile(h.clock, restarted, () => restarted.state().lastFullAtMs === null, 30 * 60_000);
    const after = h.requests.slice(fetchedBefore.length).map((r) => r.path);
    expect(after[0]).toBe(hung);
    expect(after.filter((p) => fetchedBefore.includes(p))).toEqual([]);
    expect(store.appointmentCount('caspen')).toBe(h.sandbox.data.caspen.appointments.length);
    const ids = second.driver.all<{ n: number; d: number }>(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM appointments WHERE provider = 'caspen'",
    )[0];
    expect(ids?.n).toBe(ids?.d);
    first.close();
    second.close();
  });

  it('the store file is readable by its owner only', () => {
    const dir = tempDir();
    const { close } = openNodeSqlite(dir);
    expect(statSync(join(dir, STORE_FILE)).mode & 0o777).toBe(0o600);
    close();
  });
});
