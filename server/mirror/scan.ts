// A scan is a list of segments walked page by page; these pure steps start one and move it on.
import type { Scan } from './engine-state.ts';
import type { SyncPage, SyncSegment } from './strategy.ts';

export function newScan(
  kind: Scan['kind'],
  segments: readonly SyncSegment[],
  nowMs: number,
  pagesEstimate: number | null,
): Scan | null {
  const first = segments[0];
  if (first === undefined) return null;
  return {
    kind,
    segments: [...segments],
    index: 0,
    url: first.url,
    pagesDone: 0,
    segmentStart: 0,
    pagesEstimate,
    startedAtMs: nowMs,
  };
}

/** The scan after `page`, or null when that was its last page. */
export function advanceScan(scan: Scan, page: SyncPage): Scan | null {
  const known = new Set(scan.segments.map((s) => s.url));
  const more = (page.more ?? []).filter((s) => !known.has(s.url) && (known.add(s.url), true));
  // Found segments run after the current one has been walked to its end.
  const segments = more.length
    ? [...scan.segments.slice(0, scan.index + 1), ...more, ...scan.segments.slice(scan.index + 1)]
    : scan.segments;
  const pagesDone = scan.pagesDone + 1;
  let pagesEstimate = scan.pagesEstimate;
  // The provider's own page count for this segment, plus one page for each segment still to come.
  if (page.pages !== null)
    pagesEstimate = Math.max(
      pagesEstimate ?? 0,
      scan.segmentStart + page.pages + segments.length - scan.index - 1,
    );
  if (pagesEstimate !== null && pagesEstimate <= pagesDone) pagesEstimate = pagesDone + 1;
  // A page linking to itself ends its segment rather than looping.
  if (page.next !== null && page.next !== scan.url)
    return { ...scan, segments, url: page.next, pagesDone, pagesEstimate };
  const index = scan.index + 1;
  const segment = segments[index];
  if (segment === undefined) return null;
  return { ...scan, segments, index, url: segment.url, pagesDone, segmentStart: pagesDone, pagesEstimate };
}

const AUTH_RETRY_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;
const FIRST_BACKOFF_MS = 2_000;

/**
 * How long to wait after the `failures`-th failure in a row: a refused key is retried every 5 minutes,
 * anything else with exponential backoff from 2 s up to 5 minutes.
 */
export function retryDelayMs(status: number, failures: number): number {
  if (status === 401 || status === 403) return AUTH_RETRY_MS;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}
