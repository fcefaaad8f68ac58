import { describe, expect, it } from 'vitest';
import { testAppointment } from '../../test-support/test-appointment.ts';
import { conflictsByKey, findConflicts, overlappingPairs } from './overlaps.ts';

const T0 = Date.parse('2026-11-18T02:00:00.000Z');
const MIN = 60_000;
const iv = (key: string, from: number, to: number) => ({
  key,
  startMs: T0 + from * MIN,
  endMs: T0 + to * MIN,
});

describe('overlappingPairs', () => {
  it('finds a block inside another (02:00-04:00 and 02:15-03:15)', () => {
    const pairs = overlappingPairs([iv('b', 15, 75), iv('a', 0, 120)]);
    expect(pairs.map(([x, y]) => [x.key, y.key])).toEqual([['a', 'b']]);
  });

  it('treats touching intervals as free (half-open)', () => {
    expect(overlappingPairs([iv('a', 0, 60), iv('b', 60, 120)])).toEqual([]);
  });

  it('reports every pair in a chain of three', () => {
    const pairs = overlappingPairs([iv('a', 0, 100), iv('b', 10, 50), iv('c', 40, 120)]);
    expect(pairs.map(([x, y]) => x.key + y.key).sort()).toEqual(['ab', 'ac', 'bc']);
  });

  it('ignores zero-length intervals', () => {
    expect(overlappingPairs([iv('a', 0, 0), iv('b', 0, 30)])).toEqual([]);
  });
});

describe('findConflicts', () => {
  const staff = { id: 'pra_1', name: 'Dr Vega' };
  const at = (id: string, start: string, minutes: number, extra = {}) =>
    testAppointment({ id, start, durationMinutes: minutes, staff, status: 'arrived', ...extra });

  it('flags the same staff member booked twice, with the overlapping part', () => {
    const conflicts = findConflicts([
      at('a', '2026-11-18T02:00:00.000Z', 120),
      at('b', '2026-11-18T02:15:00.000Z', 60),
    ]);
    expect(conflicts).toEqual([
      {
        kind: 'staff',
        resource: 'caspen:pra_1',
        label: 'Dr Vega',
        first: 'caspen:a',
        second: 'caspen:b',
        overlap: { from: Date.parse('2026-11-18T02:15:00.000Z'), to: Date.parse('2026-11-18T03:15:00.000Z') },
      },
    ]);
  });

  it('does not count cancelled or no-show appointments', () => {
    const conflicts = findConflicts([
      at('a', '2026-11-18T02:00:00.000Z', 120),
      at('b', '2026-11-18T02:15:00.000Z', 60, { status: 'cancelled' }),
      at('c', '2026-11-18T02:30:00.000Z', 60, { status: 'no_show' }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('keeps providers apart: the same id at two providers is two people', () => {
    const conflicts = findConflicts([
      at('a', '2026-11-18T02:00:00.000Z', 120),
      at('b', '2026-11-18T02:15:00.000Z', 60, { provider: 'onlive' }),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('matches a client across providers by e-mail, ignoring case', () => {
    const client = (email: string) => ({ name: 'Ana', email, phone: null });
    const conflicts = findConflicts([
      testAppointment({ id: 'a', start: '2026-11-18T10:00:00.000Z', client: client('Ana@x.es') }),
      testAppointment({
        id: 'b',
        provider: 'onlive',
        start: '2026-11-18T10:15:00.000Z',
        client: client('ana@x.es'),
      }),
    ]);
    expect(conflicts.map((c) => [c.kind, c.label, c.first, c.second])).toEqual([
      ['client', 'Ana', 'caspen:a', 'onlive:b'],
    ]);
  });

  it('indexes conflicts by appointment key', () => {
    const conflicts = findConflicts([
      at('a', '2026-11-18T02:00:00.000Z', 120),
      at('b', '2026-11-18T02:15:00.000Z', 60),
    ]);
    const index = conflictsByKey(conflicts);
    expect(index.get('caspen:a')).toHaveLength(1);
    expect(index.get('caspen:b')).toHaveLength(1);
  });
});
