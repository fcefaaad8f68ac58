/** Zod schemas for single URL parameters, and how a rejected one is quoted back to the user. */
import { z } from 'zod/mini';
import { canonicalTimeZone } from '../../../lib/time-zones.ts';
import { isCalendarDay } from '../../../lib/zoned-dates.ts';

/** More values than any real filter has: a pasted id dump, not a choice. */
const MAX_LIST_ITEMS = 500;

export const calendarDay = z.string().check(z.refine(isCalendarDay));
export const timeZone = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const zone = canonicalTimeZone(value);
    if (zone === null) ctx.issues.push({ code: 'custom', message: 'Unknown time zone', input: value });
    return zone ?? value;
  }),
);

/** Distinct values, in `order` when given, else sorted (stable, canonical URLs). */
export function ordered<T extends string>(values: readonly T[], order?: readonly string[]): T[] {
  const unique = [...new Set(values)];
  return order ? unique.sort((a, b) => order.indexOf(a) - order.indexOf(b)) : unique.sort();
}

/** A comma-separated list of at least one valid value, deduplicated and ordered. */
export function listOf<T extends string>(item: z.ZodMiniType<T>, order?: readonly string[]) {
  return z.pipe(
    z.array(item).check(z.minLength(1), z.maxLength(MAX_LIST_ITEMS)),
    z.transform((values: T[]) => ordered(values, order)),
  );
}

/** The raw parameter as the user sees it in the address bar, shortened for the notice. */
export function shownParam(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    // Broken percent-encoding: show it as typed.
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
