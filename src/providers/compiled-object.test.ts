import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { looseObject, object } from './compiled-object.ts';

const shape = () => ({
  id: z.string().check(z.minLength(1)),
  note: z.nullish(z.string()),
  at: z.optional(z.iso.datetime({ offset: true })),
  tags: z.array(z.looseObject({ rel: z.string() })),
});

const INPUTS: unknown[] = [
  { id: 'a', tags: [] },
  { id: 'a', note: null, at: '2026-01-01T10:00:00Z', tags: [{ rel: 'x', more: 1 }], extra: { deep: true } },
  { id: '', note: 3, at: 'later', tags: [{}] },
  { tags: 'no' },
  { id: 'a', tags: [], __proto__: { polluted: true } },
  'not an object',
  null,
  [],
];

describe('compiled objects', () => {
  it.each([
    ['looseObject', looseObject, z.looseObject],
    ['object', object, z.object],
  ] as const)('%s accepts, rejects and outputs exactly what zod/mini does', (_, ours, mini) => {
    const a = ours(shape());
    const b = mini(shape());
    for (const input of INPUTS) {
      const x = a.safeParse(input);
      const y = b.safeParse(input);
      expect(x.success).toBe(y.success);
      expect(x.data).toEqual(y.data);
      expect(x.error?.issues).toEqual(y.error?.issues);
    }
  });

  it('object drops undeclared keys, looseObject keeps them', () => {
    const input = { id: 'a', tags: [], extra: 1 };
    expect(object(shape()).parse(input)).toEqual({ id: 'a', tags: [] });
    expect(looseObject(shape()).parse(input)).toEqual(input);
  });

  it('runs on the compiled object parser, also after .check()', () => {
    const schema = object(shape());
    expect(looseObject(shape())._zod.traits.has('$ZodObjectJIT')).toBe(true);
    const checked = schema.check((ctx) => {
      if (ctx.value.id === 'bad') ctx.issues.push({ code: 'custom', message: 'bad id', input: ctx.value });
    });
    expect(schema._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(checked._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(checked.safeParse({ id: 'bad', tags: [] }).error?.issues[0]?.message).toBe('bad id');
    expect(Object.keys(checked.shape)).toEqual(['id', 'note', 'at', 'tags']);
  });
});
