import type { SyncStatus } from '../../contract/window-response.ts';

/**
 * The mirror's sync status with its instants moved onto this browser's clock. The server says what
 * time it was when it answered (`readAtMs`); the difference from now here is the PC's clock error plus
 * the answer's way over the network, and both belong in "synced 40 s ago". A PC whose clock is five
 * minutes fast would otherwise read "synced 5 min ago" for a sync that just happened.
 */
export function onLocalClock(sync: SyncStatus, localNowMs: number): SyncStatus {
  if (sync.readAtMs === undefined) return sync;
  const shift = localNowMs - sync.readAtMs;
  const move = (ms: number | null) => (ms === null ? null : ms + shift);
  return {
    ...sync,
    syncedAtMs: move(sync.syncedAtMs),
    fullScanAtMs: move(sync.fullScanAtMs),
    error: sync.error && {
      ...sync.error,
      atMs: sync.error.atMs + shift,
      retryAtMs: move(sync.error.retryAtMs),
    },
    readAtMs: localNowMs,
  };
}
