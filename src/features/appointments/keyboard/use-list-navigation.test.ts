import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../domain/appointment.ts';
import { moveIndex } from './use-list-navigation.ts';

const rows = ['a', 'b', 'c'].map((key) => ({ key }) as Appointment);

describe('moveIndex', () => {
  it('moves within bounds', () => {
    expect(moveIndex(rows, 'a', 1)).toBe(1);
    expect(moveIndex(rows, 'b', -1)).toBe(0);
    expect(moveIndex(rows, 'c', 1)).toBe(2);
    expect(moveIndex(rows, 'a', -1)).toBe(0);
  });

  it('starts at the top with J and at the bottom with K when nothing is selected', () => {
    expect(moveIndex(rows, null, 1)).toBe(0);
    expect(moveIndex(rows, 'gone', -1)).toBe(2);
    expect(moveIndex([], null, 1)).toBe(-1);
  });
});
