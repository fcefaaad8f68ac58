import { TZDate, tzScan } from '@date-fns/tz';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** The data spans this many days either side of the anchor: 120 days ago to 120 ahead. */
export const SPAN_DAYS = 120;

/** For one zone, the UTC instant of local noon on each day around the anchor. */
export interface ZoneDays {
  zone: string;
  noonUtc: number[];
}

/**
 * Builds the per-day table once per zone (about 240 @date-fns/tz look-ups), so 100,000 appointments
 * cost one addition each instead of one time-zone conversion each.
 */
export function zoneDays(zone: string, anchorMs: number): ZoneDays {
  const local = new TZDate(anchorMs, zone);
  const noonUtc: number[] = [];
  for (let k = -SPAN_DAYS; k <= SPAN_DAYS; k += 1) {
    noonUtc.push(
      new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + k, 12, 0, 0, 0, zone).getTime(),
    );
  }
  return { zone, noonUtc };
}

/**
 * The instant of a local business-hours time (06:00-22:00) `dayOffset` days from the anchor's local date.
 * Valid because the zones we use change DST at night, so the offset at noon holds all business day.
 */
export function businessInstant(days: ZoneDays, dayOffset: number, minuteOfDay: number): number {
  const noon = days.noonUtc[dayOffset + SPAN_DAYS];
  if (noon === undefined) throw new RangeError(`day offset ${dayOffset} outside ±${SPAN_DAYS}`);
  return noon + (minuteOfDay - 12 * 60) * MINUTE_MS;
}

/** The exact instant of any local wall-clock time (used for the few night-time edge cases). */
export function localInstant(zone: string, anchorMs: number, dayOffset: number, minuteOfDay: number): number {
  const local = new TZDate(anchorMs, zone);
  const [h, m] = [Math.floor(minuteOfDay / 60), minuteOfDay % 60];
  return new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + dayOffset,
    h,
    m,
    0,
    0,
    zone,
  ).getTime();
}

/** Instants at which `zone` changes its UTC offset (DST starts and ends) within [fromMs, toMs]. */
export function zoneTransitions(zone: string, fromMs: number, toMs: number): number[] {
  return tzScan(zone, { start: new Date(fromMs), end: new Date(toMs) }).map((change) =>
    change.date.getTime(),
  );
}
