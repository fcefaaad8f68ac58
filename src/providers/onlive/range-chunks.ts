import type { Range } from '../../domain/range.ts';

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
export function splitRange(range: Range, months: number = MAX_RANGE_MONTHS): Range[] {
  if (!(range.from < range.to)) return [{ from: range.from, to: range.to }];
  const chunks: Range[] = [];
  for (let from = range.from; from < range.to;) {
    const to = Math.min(addUtcMonths(from, months), range.to);
    chunks.push({ from, to });
    from = to;
  }
  return chunks;
}

/**
 * Query parameters of one chunk. ONLIVE.SITE ranges are inclusive, ours half-open: `endDate` is `to`
 * minus 1 ms so an appointment starting exactly at `to` belongs to the next range only.
 */
export function rangeParams(range: Range): { startDate: string; endDate: string } {
  return {
    startDate: new Date(range.from).toISOString(),
    endDate: new Date(range.to - 1).toISOString(),
  };
}
