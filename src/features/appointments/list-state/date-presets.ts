/** Named date ranges for the filter bar. Every range is a pair of inclusive calendar days in the list's zone. */
import {
  addCalendarDays,
  calendarDaysBetween,
  monthBounds,
  weekStart,
  type CalendarDay,
} from '../../../lib/zoned-dates.ts';
import type { Range } from '../../../domain/range.ts';

export const DATE_PRESETS = [
  'today',
  'tomorrow',
  'this-week',
  'next-7-days',
  'last-7-days',
  'this-month',
] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const DATE_PRESET_LABELS: Record<DatePreset, string> = {
  today: 'Today',
  tomorrow: 'Tomorrow',
  'this-week': 'This week',
  'next-7-days': 'Next 7 days',
  'last-7-days': 'Last 7 days',
  'this-month': 'This month',
};

/** "Next 7 days" is seven calendar days, today included (today to today + 6): the default range. */
export const DEFAULT_SPAN_DAYS = 7;

/** The days a preset covers, given today's date in the list's zone. Weeks run Monday to Sunday. */
export function presetRange(preset: DatePreset, today: CalendarDay): Range<CalendarDay> {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'tomorrow': {
      const tomorrow = addCalendarDays(today, 1);
      return { from: tomorrow, to: tomorrow };
    }
    case 'this-week': {
      const monday = weekStart(today);
      return { from: monday, to: addCalendarDays(monday, 6) };
    }
    case 'next-7-days':
      return { from: today, to: addCalendarDays(today, DEFAULT_SPAN_DAYS - 1) };
    case 'last-7-days':
      return { from: addCalendarDays(today, 1 - DEFAULT_SPAN_DAYS), to: today };
    case 'this-month': {
      const { first, last } = monthBounds(today);
      return { from: first, to: last };
    }
  }
}

/** The default range: the next 7 days, today included. */
export function defaultRange(today: CalendarDay): Range<CalendarDay> {
  return presetRange('next-7-days', today);
}

/** Which preset a range is, or `custom`. The first match wins (Today before This week on a one-day week). */
export function matchPreset(range: Range<CalendarDay>, today: CalendarDay): DatePreset | 'custom' {
  for (const preset of DATE_PRESETS) {
    const candidate = presetRange(preset, today);
    if (candidate.from === range.from && candidate.to === range.to) return preset;
  }
  return 'custom';
}

/** Longer ranges are typos (a year of 2062) and would make every provider page through years of data. */
export const MAX_RANGE_DAYS = 366;

/** Fills a missing side from the other (keeping the default span), swaps inverted days, caps the length. */
export function resolveRange(
  from: string | undefined,
  to: string | undefined,
  today: string,
  notices: string[],
): Range<CalendarDay> {
  const fallback = defaultRange(today);
  let range: Range<CalendarDay> = {
    from: from ?? (to ? addCalendarDays(to, -DEFAULT_SPAN_DAYS) : fallback.from),
    to: to ?? (from ? addCalendarDays(from, DEFAULT_SPAN_DAYS) : fallback.to),
  };
  if (range.from > range.to) {
    range = { from: range.to, to: range.from };
    notices.push('The start date in the address was after the end date, so the two were swapped.');
  }
  if (calendarDaysBetween(range.from, range.to) >= MAX_RANGE_DAYS) {
    range = { from: range.from, to: addCalendarDays(range.from, MAX_RANGE_DAYS - 1) };
    notices.push(
      `The date range in the address was longer than ${MAX_RANGE_DAYS} days, so it was shortened.`,
    );
  }
  return range;
}
