// What each mirrored provider's freshness reads as, in the words a receptionist would use:
// "Caspen: synced 40 s ago, full check every ~8 min", "Caspen: 120 of ~500 pages, about 6 min left",
// "Caspen: not answering; showing what was synced 3 min ago".
import { PROVIDER_LABELS, type ProviderId } from '../../../../contract/providers.ts';
import type { SyncStatus } from '../../../../contract/window-response.ts';
import { syncError } from '../../../providers/sync-error.ts';
import { errorWords } from './error-words.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

/** "12 s", "3 min", "2 h", "4 days": coarse on purpose, it is read at a glance. */
export function roughDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}

function ago(atMs: number | null, nowMs: number): string {
  return atMs === null ? 'not yet' : `${roughDuration(nowMs - atMs)} ago`;
}

/** First sync: how far it got and, when the pace is known, how long is left. */
export function firstSyncText(sync: SyncStatus): string {
  const p = sync.progress;
  if (p === null) return 'first sync starting';
  const pages =
    p.pagesEstimate !== null && p.pagesEstimate >= p.pagesDone
      ? `${numberFormat.format(p.pagesDone)} of ~${numberFormat.format(p.pagesEstimate)} pages`
      : `${numberFormat.format(p.pagesDone)} pages, ${numberFormat.format(p.recordsStored)} appointments so far`;
  const left = p.etaMs !== null && p.etaMs > 0 ? `, about ${roughDuration(p.etaMs)} left` : '';
  return `first sync: ${pages}${left}`;
}

export interface SyncLine {
  provider: ProviderId;
  /** `first-sync`, `ready`, `stale` or `error`: the line's colour and icon. */
  state: SyncStatus['state'];
  text: string;
}

/**
 * A ready provider whose last sync is older than this is out of date without any error to show: the
 * mirror polls every ~20 s and promises new bookings within 60 s (e.g. a server just restarted on an old
 * store, or a stalled engine). Said as such, never as a healthy "synced 36 min ago".
 */
export const OVERDUE_AFTER_MS = 3 * 60_000;

const overdue = (sync: SyncStatus, nowMs: number) =>
  sync.state === 'ready' && sync.syncedAtMs !== null && nowMs - sync.syncedAtMs > OVERDUE_AFTER_MS;

export function syncLine(provider: ProviderId, sync: SyncStatus, nowMs: number): SyncLine {
  const label = PROVIDER_LABELS[provider];
  const every = `full check every ~${roughDuration(sync.fullScanEveryMs)}`;
  const problem = syncError(provider, sync);
  const retry =
    sync.error?.retryAtMs != null && sync.error.retryAtMs > nowMs
      ? `; trying again in ${roughDuration(sync.error.retryAtMs - nowMs)}`
      : '';
  let text: string;
  if (sync.state === 'first-sync') text = `${label}: ${firstSyncText(sync)}`;
  else if (problem !== null && sync.state === 'stale')
    text = `${label}: ${errorWords(problem).short}; showing what was synced ${ago(sync.syncedAtMs, nowMs)}${retry}`;
  else if (problem !== null) text = `${label}: ${errorWords(problem).short}, nothing synced yet${retry}`;
  else if (overdue(sync, nowMs))
    return {
      provider,
      state: 'stale',
      text: `${label}: synced ${ago(sync.syncedAtMs, nowMs)}, overdue: recent changes may be missing`,
    };
  else text = `${label}: synced ${ago(sync.syncedAtMs, nowMs)}, ${every}`;
  return { provider, state: sync.state, text };
}

/** "All synced within 40 s, full check every ~8 min" while every provider is ready; else null. */
export function syncSummary(syncs: readonly SyncStatus[], nowMs: number): string | null {
  if (
    syncs.length === 0 ||
    syncs.some((s) => s.state !== 'ready' || s.syncedAtMs === null || overdue(s, nowMs))
  )
    return null;
  const oldest = Math.min(...syncs.map((s) => s.syncedAtMs!));
  const every = Math.max(...syncs.map((s) => s.fullScanEveryMs));
  return `All synced within ${roughDuration(nowMs - oldest)}, full check every ~${roughDuration(every)}`;
}
