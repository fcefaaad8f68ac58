import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILE } from './node-sqlite.ts';
import { startNodeMirror } from './node-mirror.ts';
import { createHarness } from './test-support/harness.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Node mirror', () => {
  it('opens its store in DATA_DIR (mode 0600) and syncs every enabled provider on timers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-node-mirror-'));
    dirs.push(dir);
    const h = createHarness({ startMs: Date.now(), sandbox: { size: 50 } });
    const lines: string[] = [];
    const running = startNodeMirror({
      env: { DATA_DIR: dir, MIRROR_SYNC: 'on' },
      config: h.config,
      fetch: h.fetch,
      now: Date.now,
      log: (l) => lines.push(l),
    });
    expect(running?.dataDir).toBe(dir);
    expect(statSync(join(dir, STORE_FILE)).mode & 0o777).toBe(0o600);
    const engines = running!.mirror.engines;
    expect(engines.map((e) => e.provider)).toEqual(['caspen', 'appointment-one', 'onlive']);
    // Real timers, a tiny sandbox well inside every budget: each first sync takes a few steps.
    for (let i = 0; i < 200 && engines.some((e) => e.state().lastFullAtMs === null); i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(engines.every((e) => e.status().state === 'ready')).toBe(true);
    await running!.close();
    expect(lines[0]).toMatch(
      /^\[frontdesk\] mirror: caspen, appointment-one, onlive; store in .*; retention 400 days$/,
    );
  });

  it('MIRROR_SYNC=off starts nothing', () => {
    const h = createHarness({ startMs: Date.now(), sandbox: { size: 10 } });
    expect(
      startNodeMirror({ env: { MIRROR_SYNC: 'off' }, config: h.config, fetch: h.fetch, now: Date.now }),
    ).toBeNull();
  });
});
