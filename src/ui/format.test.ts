import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateParts,
  formatDateTime,
  formatDuration,
  formatTime,
  isoDay,
  zoneAbbreviation,
} from './format.ts';

describe('format', () => {
  const instant = Date.parse('2026-11-18T09:30:00.000Z');

  it('formats date and time in the given zone', () => {
    expect(formatDateTime(instant, 'Europe/Madrid')).toBe('Wed, 18 Nov 2026, 10:30');
    expect(formatDateTime(instant, 'America/New_York')).toBe('Wed, 18 Nov 2026, 04:30');
    expect(formatTime(instant, 'Asia/Tokyo')).toBe('18:30');
    expect(formatDate(Date.parse('2026-11-18T23:30:00Z'), 'Asia/Tokyo')).toBe('Thu, 19 Nov 2026');
  });

  it('splits the date before its year, the parts reading as the whole', () => {
    const tokyo = formatDateParts(Date.parse('2026-11-18T23:30:00Z'), 'Asia/Tokyo');
    expect(tokyo).toEqual({ day: 'Thu, 19 Nov', year: ' 2026' });
    expect(tokyo.day + tokyo.year).toBe(formatDate(Date.parse('2026-11-18T23:30:00Z'), 'Asia/Tokyo'));
    expect(formatDateParts(Number.NaN, 'UTC')).toEqual({ day: '', year: '' });
  });

  it('shows the zone abbreviation that applies at that instant (DST aware)', () => {
    expect(zoneAbbreviation(instant, 'Europe/Madrid')).toBe('CET');
    expect(zoneAbbreviation(Date.parse('2026-07-01T09:30:00Z'), 'Europe/Madrid')).toBe('CEST');
    expect(zoneAbbreviation(instant, 'UTC')).toBe('UTC');
    expect(zoneAbbreviation(instant, 'America/New_York')).toBe('EST');
    expect(zoneAbbreviation(Date.parse('2026-07-01T09:30:00Z'), 'America/Los_Angeles')).toBe('PDT');
    expect(zoneAbbreviation(Date.parse('2026-07-01T09:30:00Z'), 'Europe/London')).toBe('BST');
    expect(zoneAbbreviation(instant, 'Asia/Tokyo')).toBe('GMT+9');
  });

  it('handles the DST switch: 00:59Z and 01:00Z on 2026-03-29 are 01:59 CET and 03:00 CEST', () => {
    expect(formatTime(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Madrid')).toBe('01:59');
    expect(formatTime(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Madrid')).toBe('03:00');
    expect(zoneAbbreviation(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Madrid')).toBe('CEST');
  });

  it('falls back to UTC for an unknown zone and shows nothing for an invalid instant', () => {
    expect(formatTime(instant, 'Not/AZone')).toBe('09:30');
    expect(formatDateTime(Date.parse('garbage'), 'UTC')).toBe('');
    expect(zoneAbbreviation(Date.parse('garbage'), 'UTC')).toBe('');
  });

  it('gives the calendar day in the zone', () => {
    expect(isoDay(Date.parse('2026-11-18T23:30:00Z'), 'Europe/Madrid')).toBe('2026-11-19');
    expect(isoDay(Date.parse('2026-11-18T23:30:00Z'), 'UTC')).toBe('2026-11-18');
  });

  it('formats durations', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(-5)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});
