import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { assertNewPage, normaliseOne, parseEnvelope } from './envelope.ts';
import { RecordProblem } from './normalise-list.ts';

describe('envelopes', () => {
  it('fails the provider with invalid-data and the field path when an envelope breaks its schema', () => {
    const schema = z.object({ items: z.array(z.unknown()), total: z.number() });
    expect(parseEnvelope('onlive', schema, { items: [], total: 3 }, 'a page')).toEqual({
      items: [],
      total: 3,
    });
    expect(() => parseEnvelope('onlive', schema, { items: [], total: '3' }, 'a page')).toThrow(
      expect.objectContaining({
        kind: 'invalid-data',
        provider: 'onlive',
        message: expect.stringContaining('at total'),
      }),
    );
  });

  it('stops a paging loop that points back at a page already fetched', () => {
    const seen = new Set<string>();
    assertNewPage('caspen', seen, '/a?cursor=1');
    expect(() => assertNewPage('caspen', seen, '/a?cursor=1')).toThrow(
      expect.objectContaining({ kind: 'invalid-data' }),
    );
  });

  it('turns an unusable single record into invalid-data', () => {
    expect(() =>
      normaliseOne('caspen', () => {
        throw new RecordProblem('starts_at', 'Not a valid instant');
      }),
    ).toThrow(
      expect.objectContaining({ kind: 'invalid-data', message: expect.stringContaining('starts_at') }),
    );
  });
});
