/**
 * Instant helpers for the normalisation hot path. The common wire forms are parsed and formatted with
 * integer maths: `Date.parse` (~200 ns) and `toISOString` (~700 ns) were most of a list's normalisation
 * time, against a budget of >= 200,000 records/s. Anything else falls back to `Date`, so results are
 * exactly Date's (a property test holds them to it).
 */
import { daysFromCivil, daysInMonth, packedCivil } from './civil-date.ts';

const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 10000-01-01T00:00:00.000Z: the years `toISOString` writes with 4 digits. */
const MIN_FOUR_DIGIT_YEAR_MS = -62_167_219_200_000;
const MAX_FOUR_DIGIT_YEAR_MS = 253_402_300_800_000;

const ZERO = 48;
const tens = (n: number) => ZERO + Math.floor(n / 10);
const ones = (n: number) => ZERO + (n % 10);

/**
 * The canonical UTC form every view sees, e.g. `2025-03-10T08:00:00.000Z` (as `toISOString`). Written with
 * one `String.fromCharCode`: a template literal leaves a tree of a dozen cons strings per instant, which
 * 100,000 kept appointments made the garbage collector's main work.
 */
export function isoFromMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_FOUR_DIGIT_YEAR_MS || ms >= MAX_FOUR_DIGIT_YEAR_MS)
    return new Date(ms).toISOString(); // throws RangeError for NaN, exactly as before
  const days = Math.floor(ms / DAY_MS);
  const civil = packedCivil(days);
  const century = Math.floor(civil / 1_000_000);
  const year = Math.floor(civil / 10_000) % 100;
  const month = Math.floor(civil / 100) % 100;
  const day = civil % 100;
  let rest = ms - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  // prettier-ignore
  return String.fromCharCode(
    tens(century), ones(century), tens(year), ones(year), 45 /* - */, tens(month), ones(month), 45,
    tens(day), ones(day), 84 /* T */, tens(hour), ones(hour), 58 /* : */, tens(minute), ones(minute), 58,
    tens(second), ones(second), 46 /* . */, ZERO + Math.floor(milli / 100), tens(milli % 100), ones(milli),
    90 /* Z */,
  );
}

/** The digit at `i`, or NaN: NaN then poisons every sum it enters, which the range check rejects. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

const twoDigits = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

/**
 * Epoch ms of exactly `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS.sssZ` with a real date and time;
 * NaN for any other text (the caller then asks `Date.parse`).
 */
function utcMs(text: string): number {
  const n = text.length;
  if ((n !== 20 && n !== 24) || text[n - 1] !== 'Z') return NaN;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':')
    return NaN;
  if (n === 24 && text[19] !== '.') return NaN;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const milli = n === 24 ? digit(text, 20) * 100 + twoDigits(text, 21) : 0;
  // Written so that NaN fails every comparison.
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59;
  if (!valid || !(second <= 59 && milli >= 0)) return NaN;
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + milli;
}

export interface ReadInstant {
  ms: number;
  /** Canonical UTC ISO, as `isoFromMs(ms)`. */
  iso: string;
}

/**
 * Epoch ms (as `Date.parse` reads it) and canonical form of an ISO 8601 instant; null when Date cannot
 * read it either. A value already canonical is returned as it is: no parse by Date, no format.
 */
export function readInstant(text: string): ReadInstant | null {
  const fast = utcMs(text);
  if (!Number.isNaN(fast)) return { ms: fast, iso: text.length === 24 ? text : `${text.slice(0, 19)}.000Z` };
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : { ms, iso: isoFromMs(ms) };
}

/** Re-formats an instant as canonical UTC ISO (`...T10:00:00.000Z`); null stays null, garbage becomes null. */
export function canonicalIso(iso: string | null | undefined): string | null {
  if (iso === null || iso === undefined) return null;
  return readInstant(iso)?.iso ?? null;
}
