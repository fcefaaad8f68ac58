// What the sync engine remembers between steps, persisted with every page it stores (so a restart
// resumes where the last committed page left off), and the freshness it reports from that.
import { z } from 'zod';
import { PROXY_ERROR_CODES } from '../../contract/proxy-error.ts';
import type { SyncStatus } from '../../contract/window-response.ts';
import { budgetStateSchema, initialBudget, msPerRequest, type RateBudget } from './budget.ts';

const segmentSchema = z.object({
  kind: z.enum(['ref', 'appointments']),
  collection: z.string(),
  url: z.string(),
  optional: z.boolean().optional(),
  single: z.boolean().optional(),
});

const scanSchema = z.object({
  kind: z.enum(['full', 'poll']),
  segments: z.array(segmentSchema),
  index: z.number().int().nonnegative(),
  /** The page to fetch next. */
  url: z.string(),
  pagesDone: z.number().int().nonnegative(),
  /** Pages done before the current segment (for estimates from a segment's own page count). */
  segmentStart: z.number().int().nonnegative(),
  pagesEstimate: z.number().nullable(),
  startedAtMs: z.number(),
});
export type Scan = z.infer<typeof scanSchema>;

export const engineStateSchema = z.object({
  version: z.literal(1),
  /** Number of the current (or last) full scan; every row written carries it. */
  scanNumber: z.number().int().nonnegative(),
  full: scanSchema.nullable(),
  poll: scanSchema.nullable(),
  /** The last appointments page seen, where a new booking appears (full-history providers). */
  tail: z.string().nullable(),
  lastFullAtMs: z.number().nullable(),
  lastFullDurationMs: z.number().nullable(),
  lastFullPages: z.number().nullable(),
  lastPollAtMs: z.number().nullable(),
  lastPollPages: z.number().nullable(),
  syncedAtMs: z.number().nullable(),
  budget: budgetStateSchema,
  failures: z.number().int().nonnegative(),
  retryAtMs: z.number().nullable(),
  rateLimited: z.number().int().nonnegative(),
  error: z
    .object({
      code: z.enum(PROXY_ERROR_CODES),
      message: z.string(),
      atMs: z.number(),
      retryAtMs: z.number().nullable(),
    })
    .nullable(),
});
export type EngineState = z.infer<typeof engineStateSchema>;

export function initialState(budget: RateBudget): EngineState {
  return {
    version: 1,
    scanNumber: 0,
    full: null,
    poll: null,
    tail: null,
    lastFullAtMs: null,
    lastFullDurationMs: null,
    lastFullPages: null,
    lastPollAtMs: null,
    lastPollPages: null,
    syncedAtMs: null,
    budget: initialBudget(budget),
    failures: 0,
    retryAtMs: null,
    rateLimited: 0,
    error: null,
  };
}

/** A stored state this build cannot read starts over rather than guessing. */
export function parseState(text: string | null, budget: RateBudget): EngineState {
  if (text === null) return initialState(budget);
  try {
    const parsed = engineStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : initialState(budget);
  } catch {
    return initialState(budget);
  }
}

export function statusOf(
  state: EngineState,
  recordsStored: number,
  rescanGapMs: number,
  nowMs: number,
): SyncStatus {
  const perRequest = msPerRequest(state.budget);
  const scan = state.full;
  const estimate = scan?.pagesEstimate ?? state.lastFullPages;
  const fullScanMs = state.lastFullDurationMs ?? (estimate ?? 0) * perRequest;
  const firstSync = state.lastFullAtMs === null;
  return {
    state: firstSync ? (state.error ? 'error' : 'first-sync') : state.error ? 'stale' : 'ready',
    syncedAtMs: state.syncedAtMs,
    fullScanAtMs: state.lastFullAtMs,
    fullScanEveryMs: Math.round(fullScanMs + rescanGapMs),
    progress:
      scan === null
        ? null
        : {
            pagesDone: scan.pagesDone,
            pagesEstimate: estimate,
            recordsStored,
            etaMs: estimate === null ? null : Math.round(Math.max(0, estimate - scan.pagesDone) * perRequest),
          },
    error: state.error,
    readAtMs: nowMs,
  };
}
