import { describe, expect, it } from 'vitest';
import { formatDayText, parseDayText } from './day-text.ts';

describe('day text', () => {
  it('writes days the way the app does', () => {
    expect(formatDayText('2026-12-01')).toBe('1 Dec 2026');
    expect(formatDayText('2027-03-17')).toBe('17 Mar 2027');
  });

  it('reads the app format, ISO, full month names and day/month/year', () => {
    expect(parseDayText('1 Dec 2026')).toBe('2026-12-01');
    expect(parseDayText(' 1  dec 2026 ')).toBe('2026-12-01');
    expect(parseDayText('2026-12-01')).toBe('2026-12-01');
    expect(parseDayText('1 December 2026')).toBe('2026-12-01');
    expect(parseDayText('1/12/2026')).toBe('2026-12-01');
  });

  it('refuses half-typed or impossible days', () => {
    for (const text of ['', '1 Dec', '31 Feb 2026', '2026-13-01', 'soon', '1/12/26'])
      expect(parseDayText(text), text).toBeNull();
  });
});
