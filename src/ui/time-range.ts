import { formatTime, isoDay } from './format.ts';

/**
 * "09:00–10:00", and "23:00–00:15 (+1 day)" when the end falls on a later day in the zone: on a day's
 * board or printed sheet, an end time alone would read as that same morning.
 */
export function formatTimeRange(startMs: number, endMs: number, tz: string): string {
  const days = Math.round((Date.parse(isoDay(endMs, tz)) - Date.parse(isoDay(startMs, tz))) / 86_400_000);
  const later = days > 0 ? ` (+${days} ${days === 1 ? 'day' : 'days'})` : '';
  return `${formatTime(startMs, tz)}–${formatTime(endMs, tz)}${later}`;
}
