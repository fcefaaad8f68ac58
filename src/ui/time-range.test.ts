import { describe, expect, it } from 'vitest';
import { formatTimeRange } from './time-range.ts';

const at = (iso: string) => Date.parse(iso);

describe('formatTimeRange', () => {
  it('gives start–end on one day', () => {
    expect(formatTimeRange(at('2026-11-18T09:00:00Z'), at('2026-11-18T10:00:00Z'), 'UTC')).toBe(
      '09:00–10:00',
    );
  });

  it('says when the end falls on a later day in the zone, not in UTC', () => {
    const start = at('2026-11-18T22:00:00Z');
    const end = at('2026-11-18T23:15:00Z');
    expect(formatTimeRange(start, end, 'UTC')).toBe('22:00–23:15');
    // Madrid is UTC+1 in November: 23:00–00:15 the next day.
    expect(formatTimeRange(start, end, 'Europe/Madrid')).toBe('23:00–00:15 (+1 day)');
    expect(formatTimeRange(start, at('2026-11-20T23:30:00Z'), 'UTC')).toBe('22:00–23:30 (+2 days)');
  });
});
