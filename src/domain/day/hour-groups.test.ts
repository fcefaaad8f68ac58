import { describe, expect, it } from 'vitest';
import { testAppointment } from '../../test-support/test-appointment.ts';
import { groupByHour, localHourStart, nowIndex } from './hour-groups.ts';

const at = (id: string, start: string) => testAppointment({ id, start });

describe('localHourStart', () => {
  it('uses the local hour in a half-hour zone', () => {
    // 10:10 in Kolkata (+05:30) is 04:40Z; the local hour 10:00 starts at 04:30Z.
    expect(localHourStart(Date.parse('2026-11-18T04:40:00Z'), 'Asia/Kolkata')).toBe(
      Date.parse('2026-11-18T04:30:00Z'),
    );
  });
});

describe('groupByHour', () => {
  it('puts rows starting in the same local hour together, in order', () => {
    const rows = [
      at('a', '2026-11-18T08:00:00Z'),
      at('b', '2026-11-18T08:45:00Z'),
      at('c', '2026-11-18T09:00:00Z'),
    ];
    const groups = groupByHour(rows, 'Europe/Madrid');
    expect(groups.map((g) => [new Date(g.hourMs).toISOString(), g.rows.map((r) => r.id)])).toEqual([
      ['2026-11-18T08:00:00.000Z', ['a', 'b']],
      ['2026-11-18T09:00:00.000Z', ['c']],
    ]);
  });

  it('knows where each group starts in the list', () => {
    const rows = [
      at('a', '2026-11-18T08:00:00Z'),
      at('b', '2026-11-18T08:45:00Z'),
      at('c', '2026-11-18T09:00:00Z'),
    ];
    expect(groupByHour(rows, 'UTC').map((g) => g.first)).toEqual([0, 2]);
  });

  it('is empty for no rows', () => {
    expect(groupByHour([], 'UTC')).toEqual([]);
  });
});

describe('nowIndex', () => {
  const rows = [at('a', '2026-11-18T08:00:00Z'), at('b', '2026-11-18T10:00:00Z')];
  it('is the first row not yet started', () => {
    expect(nowIndex(rows, Date.parse('2026-11-18T09:30:00Z'))).toBe(1);
  });
  it('is the end when everything has started', () => {
    expect(nowIndex(rows, Date.parse('2026-11-18T23:00:00Z'))).toBe(2);
  });
});
