import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import type { CalendarDay } from '../../../lib/zoned-dates.ts';

/** The app's way of writing a day ("1 Dec 2026"), also in the date fields. */
export const DAY_FORMAT = 'd MMM yyyy';
/** What staff may type: the app's format, its full-month and numeric cousins, or ISO. */
const ACCEPTED = [DAY_FORMAT, 'd MMMM yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd'];
// A fixed reference: only complete dates are accepted, so the reference never fills anything in.
const REFERENCE = new Date(2000, 0, 1);

/** `2026-12-01` as "1 Dec 2026". */
export function formatDayText(day: CalendarDay): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), DAY_FORMAT);
}

/** The calendar day typed in `text`, or null when it is not a whole, real date. */
export function parseDayText(text: string): CalendarDay | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const pattern of ACCEPTED) {
    const date = parse(trimmed, pattern, REFERENCE);
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy-MM-dd');
  }
  return null;
}
