import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, daysInMonth, packedCivil } from './civil-date.ts';
import { canonicalIso, isoFromMs, readInstant } from './instant.ts';

const MIN_MS = new Date('0000-01-01T00:00:00.000Z').getTime();
const MAX_MS = new Date('9999-12-31T23:59:59.999Z').getTime();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO-shaped text with fields that may be out of range (month 13, 31 April, 24:00, second 60, ...). */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    milli: fc.option(fc.integer({ min: 0, max: 999 })),
    zone: fc.constantFrom('Z', 'z', '+00:00', '+05:30', '-11:00', ''),
  })
  .map(
    (f) =>
      `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}T${pad(f.hour, 2)}:${pad(f.minute, 2)}:` +
      `${pad(f.second, 2)}${f.milli === null ? '' : `.${pad(f.milli, 3)}`}${f.zone}`,
  );

describe('isoFromMs', () => {
  it('formats exactly as toISOString across years 0000-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
        expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it('hands edges and everything else to Date', () => {
    for (const ms of [
      MIN_MS,
      MAX_MS,
      0,
      -1,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      MIN_MS - 1,
      MAX_MS + 1,
      1.5,
    ])
      expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
    expect(() => isoFromMs(Number.NaN)).toThrow(RangeError);
  });
});

describe('readInstant', () => {
  it('reads exactly what Date.parse reads, and formats it canonically', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        const ms = Date.parse(text);
        const read = readInstant(text);
        if (Number.isNaN(ms)) expect(read).toBeNull();
        else expect(read).toEqual({ ms, iso: new Date(ms).toISOString() });
      }),
      { numRuns: 5000 },
    );
  });

  it('returns canonical UTC text as it is, and rejects garbage', () => {
    const text = '2026-03-29T01:30:00.250Z';
    expect(readInstant(text)?.iso).toBe(text);
    expect(readInstant('2024-02-29T10:00:00Z')).toEqual({
      ms: Date.UTC(2024, 1, 29, 10),
      iso: '2024-02-29T10:00:00.000Z',
    });
    for (const bad of ['', 'garbage', '2024-13-01T10:00:00Z', '2024-01-01T10:00:00.12aZ'])
      expect(readInstant(bad), bad).toBeNull();
  });
});

describe('canonicalIso', () => {
  it('formats canonical UTC, converting offsets and adding milliseconds', () => {
    expect(canonicalIso('2024-01-01T21:00:00+11:00')).toBe('2024-01-01T10:00:00.000Z');
    expect(canonicalIso('2024-01-01T10:00:00.123Z')).toBe('2024-01-01T10:00:00.123Z');
    expect(canonicalIso('2024-01-01T10:00:00Z')).toBe('2024-01-01T10:00:00.000Z');
    expect(canonicalIso(null)).toBeNull();
    expect(canonicalIso(undefined)).toBeNull();
    expect(canonicalIso('garbage')).toBeNull();
  });
});

describe('civil dates', () => {
  it('round-trips every day number of years 0000-9999 and agrees with Date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (days) => {
        const civil = packedCivil(days);
        const [year, month, day] = [Math.floor(civil / 10_000), Math.floor(civil / 100) % 100, civil % 100];
        expect(daysFromCivil(year, month, day)).toBe(days);
        expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
        expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(
          `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});
