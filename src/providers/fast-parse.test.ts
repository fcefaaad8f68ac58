import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  arrayOf,
  formatCheck,
  INVALID,
  isFields,
  isFiniteNumber,
  isNullishText,
  isSafeInteger,
  stringArray,
} from './fast-parse.ts';

const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  // eslint-disable-next-line no-sparse-arrays -- a hole reads as undefined, which zod refuses
  fc.constantFrom(undefined, Number.NaN, Infinity, -0, 2 ** 53, 1.5, [, 'a'], ['a', 1], [], {}, null),
);

/** A predicate says yes exactly when zod accepts. */
function sameVerdict(schema: z.ZodMiniType, predicate: (value: unknown) => boolean) {
  fc.assert(
    fc.property(values, (value) => {
      expect(predicate(value)).toBe(schema.safeParse(value).success);
    }),
    { numRuns: 2000 },
  );
}

/** A parser returns zod's output, or INVALID exactly when zod refuses. */
function sameOutput(schema: z.ZodMiniType, parse: (value: unknown) => unknown) {
  fc.assert(
    fc.property(values, (value) => {
      const expected = schema.safeParse(value);
      expect(parse(value)).toEqual(expected.success ? expected.data : INVALID);
    }),
    { numRuns: 2000 },
  );
}

describe('fast-parse helpers agree with the zod schemas they stand for', () => {
  it('predicates', () => {
    sameVerdict(z.object({}), isFields);
    sameVerdict(z.number(), isFiniteNumber);
    sameVerdict(z.number().check(z.int()), isSafeInteger);
    sameVerdict(z.nullish(z.string()), isNullishText);
  });

  it('arrays: fresh copies, holes and wrong items refused', () => {
    sameOutput(z.array(z.string()), stringArray);
    const input = ['a', 'b'];
    expect(stringArray(input)).not.toBe(input);
    const item = (v: unknown) => (typeof v === 'string' ? { v } : INVALID);
    expect(arrayOf(['a', 'b'], item)).toEqual([{ v: 'a' }, { v: 'b' }]);
    // eslint-disable-next-line no-sparse-arrays -- a hole reads as undefined, which zod refuses
    expect(arrayOf(['a', , 'b'], item)).toBe(INVALID);
    expect(arrayOf('a', item)).toBe(INVALID);
  });

  it("formatCheck uses the schema's own pattern, and needs one", () => {
    const iso = z.iso.datetime({ offset: true });
    const check = formatCheck(iso);
    for (const text of [
      '2026-03-29T01:30:00Z',
      '2026-02-29T00:00:00Z',
      '2026-03-29T01:30:00.5+02:00',
      'x',
      '',
    ])
      expect(check(text), text).toBe(iso.safeParse(text).success);
    expect(check(20260329)).toBe(false);
    expect(() => formatCheck(z.object({}) as never)).toThrow();
  });
});
