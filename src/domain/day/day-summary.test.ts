import { describe, expect, it } from 'vitest';
import { testAppointment } from '../../test-support/test-appointment.ts';
import type { AppointmentStatus } from '../status.ts';
import { filterBySummary, summarise } from './day-summary.ts';

const NOW = Date.parse('2026-11-18T09:30:00Z');
const at = (id: string, hhmm: string, status: AppointmentStatus) =>
  testAppointment({ id, start: `2026-11-18T${hhmm}:00.000Z`, status });

const rows = [
  at('past-pending', '08:00', 'pending'),
  at('past-confirmed', '09:00', 'confirmed'),
  at('arrived', '09:15', 'arrived'),
  at('noshow', '08:30', 'no_show'),
  at('cancelled', '11:00', 'cancelled'),
  at('soon', '09:45', 'confirmed'),
  at('later', '12:00', 'pending'),
  at('other', '10:00', 'other'),
];

describe('summarise', () => {
  it('counts each key, late meaning started and still waiting', () => {
    const { counts, next } = summarise(rows, NOW);
    expect(counts).toEqual({ next: 2, arrived: 1, late: 2, no_show: 1, cancelled: 1 });
    expect(next?.id).toBe('soon');
  });

  it('has no next appointment at the end of the day', () => {
    expect(summarise(rows, Date.parse('2026-11-18T23:00:00Z')).next).toBeNull();
  });
});

describe('filterBySummary', () => {
  it('keeps every row without keys', () => {
    expect(filterBySummary(rows, [], NOW)).toHaveLength(rows.length);
  });

  it('adds the selected keys up', () => {
    expect(filterBySummary(rows, ['late', 'arrived'], NOW).map((r) => r.id)).toEqual([
      'past-pending',
      'past-confirmed',
      'arrived',
    ]);
  });
});
