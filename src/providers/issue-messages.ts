/**
 * English messages for the zod issues our schemas raise, worded exactly as zod's own `en` locale (a test
 * holds them to it). zod/mini ships no messages, and the full locale costs ~1.1 KB gzip on the list route
 * against ~0.4 KB for this. It is passed per parse, not set with `z.config`, so it never changes the
 * messages of server code that shares the process (integration tests, benchmarks).
 */
import type { z } from 'zod/mini';

const UNITS: Partial<Record<string, string>> = { string: 'characters', array: 'items' };

/** zod's `parsedType` for JSON values (which never hold class instances). */
function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input;
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** Undefined for other codes: zod then falls back to "Invalid input", as `en` does for most of them. */
export function englishMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const op = issue.exact ? 'exactly ' : `${small ? '>' : '<'}${issue.inclusive ? '=' : ''}`;
      const unit = UNITS[issue.origin];
      const what = unit ? `have ${op}${limit} ${unit}` : `be ${op}${limit}`;
      return `${small ? 'Too small' : 'Too big'}: expected ${issue.origin} to ${what}`;
    }
    case 'invalid_format':
      if (issue.format === 'regex') return `Invalid string: must match pattern ${issue.pattern}`;
      return `Invalid ${issue.format === 'datetime' ? 'ISO datetime' : issue.format}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${show(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
  }
  return undefined;
}

const IN_ENGLISH: z.core.ParseContext<z.core.$ZodIssue> = { error: englishMessage };

/**
 * `schema.safeParse(value)` with English messages on failure. Parsing is pure, so only a failure is
 * parsed again with the map: passing it on every parse slowed list normalisation by about a third.
 */
export function safeParseInEnglish<S extends z.ZodMiniType>(schema: S, value: unknown) {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed : schema.safeParse(value, IN_ENGLISH);
}
