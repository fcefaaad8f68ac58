/**
 * Helpers for the list schemas' hand-written fast paths, installed with zod's `withParser`. A list page
 * is parsed record by record, and zod's interpreted parser (all the browser may run: the app's CSP
 * forbids the `new Function` its compiler needs) walked three megamorphic wrappers per nullable field:
 * most of normalisation time. A fast path either returns exactly the output the schema would, or
 * INVALID, and zod's own parser then runs for the issues; `fast-parse.test.ts` and each provider's
 * `wire-fast.test.ts` hold them to that.
 */
import { z } from 'zod/mini';

export const INVALID: typeof z.INVALID = z.INVALID;
export type Invalid = typeof z.INVALID;
export type Fields = Readonly<Record<string, unknown>>;

/** What `z.object` accepts as input: a non-null, non-array object. */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.number()`: a finite number. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `z.number().check(z.int())`: a safe integer. */
export function isSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** `z.nullish(z.string())`. */
export function isNullishText(value: unknown): value is string | null | undefined {
  return value === null || value === undefined || typeof value === 'string';
}

/** A check for a string format, with the pattern zod itself uses for `schema` (e.g. `z.iso.datetime()`). */
export function formatCheck(schema: z.ZodMiniType<string>): (value: unknown) => value is string {
  const pattern = schema._zod.pattern;
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky)
    throw new Error('formatCheck needs a schema with a plain pattern');
  return (value): value is string => typeof value === 'string' && pattern.test(value);
}

/**
 * `z.array(z.string())`: a fresh copy, or INVALID. Checked first, then copied with `slice`: exactly as
 * many slots as items, where a pushed-to `[]` reserves 17.
 */
export function stringArray(value: unknown): string[] | Invalid {
  if (!Array.isArray(value)) return INVALID;
  for (const item of value as unknown[]) if (typeof item !== 'string') return INVALID;
  return (value as string[]).slice();
}

/** `z.array(item)` for object items: `read` returns an item's output or INVALID. Allocated exactly. */
export function arrayOf<T>(value: unknown, read: (item: unknown) => T | Invalid): T[] | Invalid {
  if (!Array.isArray(value)) return INVALID;
  const items = value as unknown[];
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i += 1) {
    const item = read(items[i]);
    if (item === INVALID) return INVALID;
    out[i] = item;
  }
  return out;
}
