import { describe, expect, it } from 'vitest';
import { browserTimeZone, canonicalTimeZone, knownTimeZones } from './time-zones.ts';

describe('time zones', () => {
  it('accepts IANA names, fixing their case', () => {
    expect(canonicalTimeZone('Europe/Madrid')).toBe('Europe/Madrid');
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
  });

  it('rejects unknown names, offsets and junk', () => {
    for (const bad of ['Mars/Olympus', '+01:00', 'UTC+1', '', 'Europe/', '<script>', 'a'.repeat(80)]) {
      expect(canonicalTimeZone(bad), bad).toBeNull();
    }
  });

  it('lists the known zones sorted, with UTC', () => {
    const zones = knownTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Madrid');
    expect([...zones].sort()).toEqual(zones);
  });

  it('reads the browser zone as a valid zone', () => {
    expect(canonicalTimeZone(browserTimeZone())).not.toBeNull();
  });
});
