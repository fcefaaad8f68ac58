import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { englishMessage, safeParseInEnglish } from './issue-messages.ts';

/** Every kind of issue our schemas raise, with inputs that raise it. */
const CASES: [string, z.ZodMiniType, unknown[]][] = [
  ['type', z.string(), [5, null, undefined, [], {}, true, Number.NaN]],
  ['object', z.looseObject({ id: z.string() }), ['x', null, [1], {}, { id: 3 }]],
  ['non-empty string', z.string().check(z.minLength(1)), ['']],
  ['bounded string', z.string().check(z.maxLength(3), z.regex(/^caspen:.+$/)), ['abcd', 'x']],
  ['bounded list', z.array(z.string()).check(z.minLength(1), z.maxLength(2)), [[], ['a', 'b', 'c']]],
  ['int', z.number().check(z.int(), z.nonnegative()), [1.5, 2 ** 60, -1, Infinity]],
  ['instant', z.iso.datetime({ offset: true }), ['2026-01-01 10:00', 'x']],
  ['enum', z.enum(['start', '-start']), ['nope', 1]],
  ['single-value enum', z.enum(['only']), ['other']],
  ['union', z.union([z.array(z.string()), z.number()]), ['x']],
  ['refine without message', z.string().check(z.refine(() => false)), ['x']],
];

describe('englishMessage', () => {
  const en = z.locales.en().localeError;

  it.each(CASES)('words %s issues exactly as zod’s own English locale', (_name, schema, inputs) => {
    for (const input of inputs) {
      const ours = schema.safeParse(input, { error: englishMessage });
      const theirs = schema.safeParse(input, { error: en });
      expect(ours.success).toBe(false);
      expect(ours.error?.issues).toEqual(theirs.error?.issues);
    }
  });
});

describe('safeParseInEnglish', () => {
  const schema = z.looseObject({ id: z.string().check(z.minLength(1)) });

  it('returns the parsed value untouched on success', () => {
    expect(safeParseInEnglish(schema, { id: 'a', extra: 1 })).toEqual({
      success: true,
      data: { id: 'a', extra: 1 },
    });
  });

  it('gives English messages and the field path on failure', () => {
    const result = safeParseInEnglish(schema, { id: '' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['id'],
        message: 'Too small: expected string to have >=1 characters',
      }),
    ]);
  });
});
