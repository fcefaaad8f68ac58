import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../contract/window-response.ts';
import { roughDuration, syncLine, syncSummary } from './sync-text.ts';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const ready: SyncStatus = {
  state: 'ready',
  syncedAtMs: NOW - 40_000,
  fullScanAtMs: NOW - 120_000,
  fullScanEveryMs: 8 * 60_000,
  progress: null,
  error: null,
};

describe('sync text', () => {
  it('reads durations coarsely', () => {
    expect(roughDuration(40_000)).toBe('40 s');
    expect(roughDuration(6 * 60_000)).toBe('6 min');
    expect(roughDuration(3 * 3_600_000)).toBe('3 h');
  });

  it('says how fresh a ready provider is and how often everything is checked', () => {
    expect(syncLine('caspen', ready, NOW).text).toBe('Caspen: synced 40 s ago, full check every ~8 min');
  });

  it('gives first-sync progress with the time left', () => {
    const first: SyncStatus = {
      ...ready,
      state: 'first-sync',
      syncedAtMs: null,
      progress: { pagesDone: 120, pagesEstimate: 500, recordsStored: 12_000, etaMs: 6 * 60_000 },
    };
    expect(syncLine('caspen', first, NOW).text).toBe(
      'Caspen: first sync: 120 of ~500 pages, about 6 min left',
    );
    const unknown = { ...first, progress: { ...first.progress!, pagesEstimate: null, etaMs: null } };
    expect(syncLine('caspen', unknown, NOW).text).toBe(
      'Caspen: first sync: 120 pages, 12,000 appointments so far',
    );
  });

  it('says why stale data is stale, how old it is, and when it tries again', () => {
    const stale: SyncStatus = {
      ...ready,
      state: 'stale',
      syncedAtMs: NOW - 3 * 60_000,
      error: {
        code: 'timeout',
        message: 'Caspen did not answer in time',
        atMs: NOW - 10_000,
        retryAtMs: NOW + 20_000,
      },
    };
    expect(syncLine('caspen', stale, NOW).text).toBe(
      'Caspen: Not reachable; showing what was synced 3 min ago; trying again in 20 s',
    );
  });

  it('says a ready provider not synced for over 3 min is overdue, and does not sum it up as fine', () => {
    const old = { ...ready, syncedAtMs: NOW - 36 * 60_000, fullScanEveryMs: 2 * 60_000 };
    expect(syncLine('caspen', old, NOW)).toEqual({
      provider: 'caspen',
      state: 'stale',
      text: 'Caspen: synced 36 min ago, overdue: recent changes may be missing',
    });
    expect(syncLine('caspen', { ...ready, syncedAtMs: NOW - 170_000 }, NOW).state).toBe('ready');
    expect(syncSummary([ready, old], NOW)).toBeNull();
  });

  it('sums up on one line while every provider is ready, and not otherwise', () => {
    const later = { ...ready, syncedAtMs: NOW - 5_000, fullScanEveryMs: 2 * 60_000 };
    expect(syncSummary([ready, later], NOW)).toBe('All synced within 40 s, full check every ~8 min');
    expect(syncSummary([ready, { ...ready, state: 'first-sync' }], NOW)).toBeNull();
    expect(syncSummary([], NOW)).toBeNull();
  });

  it('names a refused key as the key, not the staff member', () => {
    const refused: SyncStatus = {
      ...ready,
      state: 'error',
      syncedAtMs: null,
      error: { code: 'unauthenticated', message: 'refused', atMs: NOW, retryAtMs: null },
    };
    expect(syncLine('caspen', refused, NOW).text).toBe('Caspen: Key refused, nothing synced yet');
  });
});
