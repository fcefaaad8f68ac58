import { describe, expect, it } from 'vitest';
import { isoOf, rangeOf } from '../../test-support/iso-range.ts';
import { rangeParams, splitRange } from './range-chunks.ts';

describe('ONLIVE.SITE range chunks (max 6 months per request)', () => {
  it('keeps a range of up to six months whole', () => {
    const range = rangeOf('2025-01-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z');
    expect(splitRange(range)).toEqual([range]);
  });

  it('splits seven months into six plus one, edge to edge', () => {
    expect(splitRange(rangeOf('2025-01-01T00:00:00.000Z', '2025-08-01T00:00:00.000Z'))).toEqual([
      rangeOf('2025-01-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'),
      rangeOf('2025-07-01T00:00:00.000Z', '2025-08-01T00:00:00.000Z'),
    ]);
  });

  it('counts months in UTC and clamps month ends (31 Aug + 6 months = 28 Feb)', () => {
    const chunks = splitRange(rangeOf('2024-08-31T12:00:00.000Z', '2026-01-01T00:00:00.000Z'));
    expect(chunks.map((c) => isoOf(c).to)).toEqual([
      '2025-02-28T12:00:00.000Z',
      '2025-08-28T12:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ]);
  });

  it('sends inclusive bounds: endDate is one millisecond before the half-open end', () => {
    expect(rangeParams(rangeOf('2025-05-01T00:00:00Z', '2025-06-01T00:00:00Z'))).toEqual({
      startDate: '2025-05-01T00:00:00.000Z',
      endDate: '2025-05-31T23:59:59.999Z',
    });
  });
});

describe('calendar months at month ends', () => {
  it('clamps the day like date-fns: Aug 31 + 6 months ends on Feb 28', () => {
    const chunks = splitRange(rangeOf('2026-08-31T10:00:00.000Z', '2027-04-01T00:00:00.000Z'));
    expect(chunks[0]).toEqual(rangeOf('2026-08-31T10:00:00.000Z', '2027-02-28T10:00:00.000Z'));
    expect(chunks[1]).toEqual(rangeOf('2027-02-28T10:00:00.000Z', '2027-04-01T00:00:00.000Z'));
  });
});
