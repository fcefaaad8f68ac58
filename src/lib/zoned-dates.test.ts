import { describe, expect, it } from 'vitest';
import { isoOf } from '../test-support/iso-range.ts';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOf,
  dayRange,
  dayStartMs,
  isCalendarDay,
  isoWithOffset,
  monthBounds,
  weekStart,
} from './zoned-dates.ts';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-1-01')).toBe(false);
    expect(isCalendarDay('1969-12-31')).toBe(false);
    expect(isCalendarDay('2026-11-18T00:00')).toBe(false);
  });

  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(calendarDaysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });

  it('finds weeks (Monday first) and months', () => {
    expect(weekStart('2026-11-18')).toBe('2026-11-16');
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
    expect(monthBounds('2028-02-10')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});

describe('day boundaries in a zone', () => {
  it('Europe/Madrid spring-forward day (2026-03-29) is 23 hours long', () => {
    const start = dayStartMs('2026-03-29', 'Europe/Madrid');
    const next = dayStartMs('2026-03-30', 'Europe/Madrid');
    expect(new Date(start).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(next).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((next - start) / 3_600_000).toBe(23);
  });

  it('Europe/Madrid fall-back day (2026-10-25) is 25 hours long', () => {
    const range = dayRange('2026-10-25', '2026-10-25', 'Europe/Madrid');
    expect(isoOf(range)).toEqual({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' });
  });

  it('America/New_York DST days (2026-03-08 and 2026-11-01)', () => {
    expect(isoOf(dayRange('2026-03-08', '2026-03-08', 'America/New_York'))).toEqual({
      from: '2026-03-08T05:00:00.000Z',
      to: '2026-03-09T04:00:00.000Z',
    });
    expect(isoOf(dayRange('2026-11-01', '2026-11-01', 'America/New_York'))).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-11-02T05:00:00.000Z',
    });
  });

  it('spans several days with an inclusive end day', () => {
    expect(isoOf(dayRange('2026-11-18', '2026-11-25', 'Europe/Madrid'))).toEqual({
      from: '2026-11-17T23:00:00.000Z',
      to: '2026-11-25T23:00:00.000Z',
    });
  });

  it('tells the calendar day of an instant in a zone', () => {
    expect(dayOf(Date.parse('2026-11-18T23:30:00Z'), 'Europe/Madrid')).toBe('2026-11-19');
    expect(dayOf(Date.parse('2026-11-18T23:30:00Z'), 'America/New_York')).toBe('2026-11-18');
  });

  it('writes ISO 8601 with the offset in force at that instant', () => {
    expect(isoWithOffset(Date.parse('2026-11-18T09:30:00Z'), 'Europe/Madrid')).toBe(
      '2026-11-18T10:30:00+01:00',
    );
    expect(isoWithOffset(Date.parse('2026-07-01T09:30:00Z'), 'Europe/Madrid')).toBe(
      '2026-07-01T11:30:00+02:00',
    );
    expect(isoWithOffset(Date.parse('2026-11-18T09:30:00Z'), 'Asia/Kolkata')).toBe(
      '2026-11-18T15:00:00+05:30',
    );
    expect(isoWithOffset(Date.parse('2026-11-18T09:30:00Z'), 'America/New_York')).toBe(
      '2026-11-18T04:30:00-05:00',
    );
  });
});
