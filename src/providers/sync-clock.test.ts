import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../contract/window-response.ts';
import { onLocalClock } from './sync-clock.ts';

const SERVER_NOW = Date.UTC(2026, 11, 1, 9, 0, 0);

const status = (over: Partial<SyncStatus> = {}): SyncStatus => ({
  state: 'stale',
  syncedAtMs: SERVER_NOW - 40_000,
  fullScanAtMs: SERVER_NOW - 300_000,
  fullScanEveryMs: 480_000,
  progress: null,
  error: { code: 'upstream', message: 'down', atMs: SERVER_NOW - 5_000, retryAtMs: SERVER_NOW + 20_000 },
  readAtMs: SERVER_NOW,
  ...over,
});

describe('sync status on the browser clock', () => {
  it('keeps every age and wait as the server measured them, on a PC whose clock is 5 min fast', () => {
    const local = SERVER_NOW + 300_000;
    const moved = onLocalClock(status(), local);
    expect(local - moved.syncedAtMs!).toBe(40_000);
    expect(local - moved.fullScanAtMs!).toBe(300_000);
    expect(local - moved.error!.atMs).toBe(5_000);
    expect(moved.error!.retryAtMs! - local).toBe(20_000);
    expect(moved.readAtMs).toBe(local);
    expect(moved.fullScanEveryMs).toBe(480_000);
  });

  it('leaves what was never set, and answers from older servers, as they are', () => {
    const moved = onLocalClock(
      status({ syncedAtMs: null, fullScanAtMs: null, error: null }),
      SERVER_NOW - 60_000,
    );
    expect(moved).toMatchObject({ syncedAtMs: null, fullScanAtMs: null, error: null });
    const old = status({ readAtMs: undefined });
    expect(onLocalClock(old, SERVER_NOW + 300_000)).toBe(old);
  });
});
