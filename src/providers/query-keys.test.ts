import { describe, expect, it } from 'vitest';
import { rangeOf } from '../test-support/iso-range.ts';
import { queryKeys } from './query-keys.ts';

const range = rangeOf('2025-05-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');

describe('queryKeys', () => {
  it('nests lists and details under one root so invalidation by prefix works', () => {
    const list = queryKeys.list('onlive', range);
    expect(list.slice(0, 2)).toEqual(queryKeys.lists());
    expect(list.slice(0, 3)).toEqual(queryKeys.providerLists('onlive'));
    expect(queryKeys.detail('caspen', 'app_1').slice(0, 2)).toEqual(queryKeys.details());
    expect(queryKeys.providers()[0]).toBe(queryKeys.all[0]);
  });

  it('keys a range by its bounds only, and a full set by "all"', () => {
    expect(queryKeys.list('onlive', { ...range, extra: 1 } as typeof range)).toEqual(
      queryKeys.list('onlive', range),
    );
    expect(queryKeys.list('caspen', 'all')).toEqual(['frontdesk', 'lists', 'caspen', 'all']);
    expect(queryKeys.list('onlive', range)).not.toEqual(
      queryKeys.list('onlive', { ...range, to: range.from }),
    );
  });
});
