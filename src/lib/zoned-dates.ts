/**
 * Calendar days (`YYYY-MM-DD`) and their boundaries in an IANA time zone.
 *
 * Zone rules come from @date-fns/tz: `tzOffset` (the offset in force at an instant) and the
 * `TZDateMini` constructor (the instant a local midnight falls on, DST gaps included; `TZDate` is the
 * same class plus string formatting we never call, so the mini one keeps the bundle smaller). Calendar
 * arithmetic on bare days runs on UTC dates, where every day has 24 hours. We deliberately avoid
 * `TZDate` *instance* methods: they rely on subclassing `Date`, which fake clocks (Playwright's
 * `page.clock`, the e2e fixture) replace, silently falling back to the system zone.
 */
import { tzOffset, TZDateMini } from '@date-fns/tz';
import type { Range } from '../domain/range.ts';

/** A calendar day as written in the URL and shown in date inputs. */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years outside this window are typos, not schedules: the URL parser treats them as garbage. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2200;
const DAY_MS = 86_400_000;

function parts(day: CalendarDay): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
}

/** UTC midnight of a calendar day, as epoch ms (the day's identity for arithmetic). */
function utcMs(day: CalendarDay): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
}

function dayFromUtcMs(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar day (no 30 February) in a plausible year. */
export function isCalendarDay(value: string): boolean {
  const [y] = parts(value);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return false;
  return dayFromUtcMs(utcMs(value)) === value;
}

export function addCalendarDays(day: CalendarDay, amount: number): CalendarDay {
  return dayFromUtcMs(utcMs(day) + amount * DAY_MS);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function calendarDaysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round((utcMs(b) - utcMs(a)) / DAY_MS);
}

/** The Monday of the (ISO, Monday-first) week `day` is in. */
export function weekStart(day: CalendarDay): CalendarDay {
  const weekday = new Date(utcMs(day)).getUTCDay(); // 0 = Sunday
  return addCalendarDays(day, -((weekday + 6) % 7));
}

/** First and last calendar day of the month `day` is in. */
export function monthBounds(day: CalendarDay): { first: CalendarDay; last: CalendarDay } {
  const [y, m] = parts(day);
  // Day 0 of the next month is the last day of this one.
  return { first: dayFromUtcMs(Date.UTC(y, m - 1, 1)), last: dayFromUtcMs(Date.UTC(y, m, 0)) };
}

/** Minutes east of UTC in force in `tz` at `ms` (e.g. 60 in Madrid in winter, -300 in New York). */
function offsetMinutes(ms: number, tz: string): number {
  const offset = tzOffset(tz, new Date(ms));
  return Number.isFinite(offset) ? offset : 0;
}

/** The calendar day an instant falls on in `tz`. */
export function dayOf(ms: number, tz: string): CalendarDay {
  return dayFromUtcMs(ms + offsetMinutes(ms, tz) * 60_000);
}

/** The instant a calendar day starts in `tz` (the first existing minute when DST skips midnight). */
export function dayStartMs(day: CalendarDay, tz: string): number {
  const [y, m, d] = parts(day);
  return new TZDateMini(y, m - 1, d, tz).getTime();
}

/**
 * The half-open instant range [from 00:00, to + 1 day 00:00) in `tz`: `to` is an inclusive calendar day
 * for people, the range end is exclusive for code.
 */
export function dayRange(from: CalendarDay, to: CalendarDay, tz: string): Range {
  return { from: dayStartMs(from, tz), to: dayStartMs(addCalendarDays(to, 1), tz) };
}

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-11-18T10:30:00+01:00` (`Z` at +00:00). */
export function isoWithOffset(ms: number, tz: string): string {
  const offset = offsetMinutes(ms, tz);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(Math.round(abs % 60)).padStart(2, '0');
  return `${local}${offset > 0 ? '+' : '-'}${hh}:${mm}`;
}
