// Test support: property tests that a list schema's fast path agrees with zod's own parser.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { z } from 'zod/mini';
import { INVALID, type Invalid } from '../providers/fast-parse.ts';

const DELETE = Symbol('delete');

/** Values that probe each field's type and edge: wrong types, blanks, numeric strings, instants, nesting. */
const probe = fc.oneof(
  fc.constant(DELETE),
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    'x',
    '12',
    '-1.5',
    '1e400',
    '2026-03-29T01:30:00Z',
    '2026-02-30T00:00:00Z',
  ),
  fc.constantFrom(
    '2026-03-29T01:30:00.000+02:00',
    '2026-03-29',
    0,
    -1,
    1.5,
    2 ** 53,
    Number.NaN,
    Infinity,
    true,
  ),
  fc.constantFrom([], ['a'], [1], [{}], {}, { a: 1 }, '[]', '["a@b.c"]', '[1]', '{'),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A record with one field (or one field of a nested object or array item) replaced or removed. */
function mutate(
  record: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) return copy;
    target = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy;
}

/** Every path to a value in a JSON record, nested objects and array items included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => [[...prefix, key], ...pathsOf(v, [...prefix, key])]);
}

/**
 * The fast path accepts every valid fixture, and for valid fixtures with one field changed (and for
 * arbitrary JSON) either returns exactly zod's output or INVALID when zod rejects the input.
 */
export function expectFastPathAgrees<S extends z.ZodMiniType>(
  schema: S,
  fast: (input: unknown) => z.output<S> | Invalid,
  fixtures: readonly Record<string, unknown>[],
  numRuns = 3000,
) {
  for (const fixture of fixtures) {
    const out = fast(fixture);
    expect(out, 'a valid fixture takes the fast path').not.toBe(INVALID);
    expect(out).toEqual(schema.parse(fixture));
  }
  const mutations = fc
    .constantFrom(...fixtures)
    .chain((fixture) => fc.tuple(fc.constant(fixture), fc.constantFrom(...pathsOf(fixture)), probe))
    .map(([fixture, path, value]) => mutate(fixture, path, value));
  fc.assert(
    fc.property(fc.oneof(mutations, fc.jsonValue({ maxDepth: 3 })), (input) => {
      const expected = schema.safeParse(input);
      const out = fast(input);
      if (expected.success) expect(out).toEqual(expected.data);
      else expect(out).toBe(INVALID);
    }),
    { numRuns },
  );
}
