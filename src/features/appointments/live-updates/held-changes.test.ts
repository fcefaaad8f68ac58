import { describe, expect, it } from 'vitest';
import { testAppointment } from '../../../test-support/test-appointment.ts';
import { countChanges } from './held-changes.ts';

describe('countChanges', () => {
  const a = testAppointment({ id: 'a' });
  const b = testAppointment({ id: 'b' });
  const c = testAppointment({ id: 'c' });

  it('is zero for the same list, or the same objects in a new array', () => {
    const shown = [a, b];
    expect(countChanges(shown, shown)).toBe(0);
    expect(countChanges(shown, [b, a])).toBe(0);
  });

  it('counts added, changed (a new object for the key) and removed rows', () => {
    const changedB = { ...b, status: 'cancelled' as const };
    expect(countChanges([a, b], [a, changedB, c])).toBe(2);
    expect(countChanges([a, b, c], [a])).toBe(2);
  });
});
