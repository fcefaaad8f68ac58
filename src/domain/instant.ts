/**
 * Instant helpers for the normalisation hot path. They use `Date.parse`/`toISOString` on purpose: the
 * benchmark budget (>= 200,000 records/s) leaves no room for a date library per record.
 */

/** The canonical UTC form every view sees, e.g. `2025-03-10T08:00:00.000Z`. */
export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** Already UTC, to the second or millisecond: canonical as is (or with `.000`), no Date round trip. */
const UTC_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;

/**
 * Re-formats an instant as canonical UTC ISO (`...T10:00:00.000Z`); null stays null, garbage becomes null.
 * UTC values are only shape-checked here: pass values a wire schema has already validated.
 */
export function canonicalIso(iso: string | null | undefined): string | null {
  if (iso === null || iso === undefined) return null;
  const fast = UTC_SECONDS.exec(iso);
  if (fast) return fast[1] === undefined ? `${iso.slice(0, 19)}.000Z` : iso;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
