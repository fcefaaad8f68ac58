import type { InstantRange } from '../contract.ts';

/** ONLIVE.SITE's documented maximum for one list request: "max range 6 months" (onlive.md). */
export const MAX_RANGE_MONTHS = 6;

/**
 * `ms` plus whole calendar months in UTC, the day clamped to the target month's length (Aug 31 + 6 months
 * = Feb 28), as date-fns' addMonths does. Plain UTC Date methods on purpose: TZDate's methods fall back to
 * the system zone under a faked global Date (Playwright's page.clock), which would shift chunk edges.
 */
function addUtcMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, daysInMonth));
  return d.getTime();
}

/**
 * Splits a half-open range into consecutive half-open chunks of at most `months` calendar months (UTC),
 * so each chunk is one legal `startDate`/`endDate` request. A range within the limit stays whole.
 */
export function splitRange(range: InstantRange, months: number = MAX_RANGE_MONTHS): InstantRange[] {
  const endMs = Date.parse(range.to);
  let fromMs = Date.parse(range.from);
  if (!(fromMs < endMs)) return [{ from: new Date(fromMs).toISOString(), to: new Date(endMs).toISOString() }];
  const chunks: InstantRange[] = [];
  while (fromMs < endMs) {
    const stepMs = addUtcMonths(fromMs, months);
    const toMs = Math.min(stepMs, endMs);
    chunks.push({ from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() });
    fromMs = toMs;
  }
  return chunks;
}

/**
 * Query parameters of one chunk. ONLIVE.SITE ranges are inclusive, ours half-open: `endDate` is `to`
 * minus 1 ms so an appointment starting exactly at `to` belongs to the next range only.
 */
export function rangeParams(range: InstantRange): { startDate: string; endDate: string } {
  return {
    startDate: new Date(Date.parse(range.from)).toISOString(),
    endDate: new Date(Date.parse(range.to) - 1).toISOString(),
  };
}
