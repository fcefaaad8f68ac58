// `GET /api/mirror/<provider>/appointments?from=<ms>&to=<ms>`: one provider's appointments whose start
// lies in [from, to), as the provider's own wire records (trimmed to what the dashboard shows), the
// reference records they point at, and how fresh the provider's copy is. One request per provider:
// a failing provider only ever affects its own answer.
import { z } from 'zod/mini';
import { PROXY_ERROR_CODES } from './proxy-error.ts';

/** The longest window one request may ask for (the list's own limit is 366 days). */
export const MAX_WINDOW_MS = 400 * 86_400_000;

export const SYNC_STATES = ['first-sync', 'ready', 'stale', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export const syncProgressSchema = z.object({
  pagesDone: z.number(),
  /** Pages of the last complete scan, or what the provider reported; null when nothing says. */
  pagesEstimate: z.nullable(z.number()),
  recordsStored: z.number(),
  /** Remaining time at the pace the budget allows; null when the estimate is unknown. */
  etaMs: z.nullable(z.number()),
});
export type SyncProgress = z.output<typeof syncProgressSchema>;

export const syncErrorSchema = z.object({
  code: z.enum(PROXY_ERROR_CODES),
  message: z.string(),
  atMs: z.number(),
  /** When the engine tries again. */
  retryAtMs: z.nullable(z.number()),
});
export type SyncError = z.output<typeof syncErrorSchema>;

export const syncStatusSchema = z.object({
  /** first-sync: the list is partial; ready; stale: the last attempt failed, older data is served; error: nothing stored yet and failing. */
  state: z.enum(SYNC_STATES),
  /** Last time new bookings were looked for successfully (the tail or window poll, or a full scan page). */
  syncedAtMs: z.nullable(z.number()),
  /** When the last complete scan of every record ended. */
  fullScanAtMs: z.nullable(z.number()),
  /** About how often every stored record is checked again. */
  fullScanEveryMs: z.number(),
  /** The scan in progress, first sync or rescan; null when idle. */
  progress: z.nullable(syncProgressSchema),
  error: z.nullable(syncErrorSchema),
  /**
   * The server's clock when it read this status: the browser moves the instants above onto its own
   * clock by the difference, so a wrong clock on the front-desk PC does not misstate their age.
   * Absent from servers older than this field.
   */
  readAtMs: z.optional(z.number()),
});
export type SyncStatus = z.output<typeof syncStatusSchema>;

export const mirrorQuarantineSchema = z.object({
  id: z.nullable(z.string()),
  path: z.string(),
  message: z.string(),
});

export const windowResponseSchema = z.object({
  provider: z.string(),
  fromMs: z.number(),
  toMs: z.number(),
  /** Wire-shaped: the browser validates each with the provider's wire schema and normalises it. */
  records: z.array(z.unknown()),
  /** Reference records the window's appointments point at, by collection (`services`, `clients`, …). */
  refs: z.record(z.string(), z.array(z.unknown())),
  /** Records the mirror could not store because they broke the minimal schema it needs. */
  quarantined: z.array(mirrorQuarantineSchema),
  sync: syncStatusSchema,
});
export type WindowResponse = z.output<typeof windowResponseSchema>;
