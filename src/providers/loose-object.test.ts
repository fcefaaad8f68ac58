import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { looseObject } from './loose-object.ts';

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

describe('looseObject', () => {
  it('accepts, rejects and outputs exactly what z.looseObject does', () => {
    const ours = looseObject(shape());
    const mini = z.looseObject(shape());
    for (const input of INPUTS) {
      const a = ours.safeParse(input);
      const b = mini.safeParse(input);
      expect(a.success).toBe(b.success);
      expect(a.data).toEqual(b.data);
      expect(a.error?.issues).toEqual(b.error?.issues);
    }
  });

  it('runs on the compiled object parser, also after .check()', () => {
    const schema = looseObject(shape());
    const checked = schema.check((ctx) => {
      if (ctx.value.id === 'bad') ctx.issues.push({ code: 'custom', message: 'bad id', input: ctx.value });
    });
    expect(schema._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(checked._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(checked.safeParse({ id: 'bad', tags: [] }).error?.issues[0]?.message).toBe('bad id');
    expect(Object.keys(checked.shape)).toEqual(['id', 'note', 'at', 'tags']);
  });
});
