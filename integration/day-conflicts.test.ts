import { describe, expect, it } from 'vitest';
import { filterByRange } from '../src/domain/range.ts';
import { findConflicts } from '../src/domain/day/overlaps.ts';
import { createStack } from './support/stack.ts';

// The day a new front-desk user tried the dev sandbox (its data is anchored on the day it starts).
const ANCHOR = Date.parse('2026-12-01T09:40:00Z');
const DAY = { from: Date.parse('2026-12-01T00:00:00Z'), to: Date.parse('2026-12-02T00:00:00Z') };
const ALL = { from: Date.parse('2000-01-01T00:00:00.000Z'), to: Date.parse('2100-01-01T00:00:00.000Z') };
const at = (iso: string) => Date.parse(iso);

describe('double bookings in the sandbox data, through the Caspen adapter', () => {
  it('finds the practitioner booked 02:00–04:00 and 02:15–03:15, both arrived', async () => {
    const stack = createStack({ sandbox: { anchorMs: ANCHOR } });
    const { appointments } = await stack.adapters.caspen.listAppointments(ALL);
    const day = filterByRange(appointments, DAY);
    const byKey = new Map(day.map((a) => [a.key, a]));
    const found = findConflicts(day)
      .filter((c) => c.kind === 'staff')
      .map((c) => [byKey.get(c.first)!, byKey.get(c.second)!] as const)
      .filter(
        ([a, b]) => a.startMs === at('2026-12-01T02:00:00Z') && b.startMs === at('2026-12-01T02:15:00Z'),
      );
    expect(found).toHaveLength(1);
    const [a, b] = found[0]!;
    expect([a.endMs, b.endMs]).toEqual([at('2026-12-01T04:00:00Z'), at('2026-12-01T03:15:00Z')]);
    expect([a.status, b.status]).toEqual(['arrived', 'arrived']);
    expect(a.staff?.id).toBe(b.staff?.id);
  });
});
