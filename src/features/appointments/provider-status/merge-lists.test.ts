import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../domain/appointment.ts';
import { countInRange, createMerger } from './merge-lists.ts';

describe('createMerger', () => {
  it('keeps the merged array while the inputs are the same arrays', () => {
    const merge = createMerger<number>();
    const a = [1, 2];
    const b = [3];
    const first = merge([a, b]);
    expect(first).toEqual([1, 2, 3]);
    expect(merge([a, b])).toBe(first);
    const c = [4];
    expect(merge([a, c])).toEqual([1, 2, 4]);
  });
});

describe('countInRange', () => {
  it('counts per provider within [from, to)', () => {
    const at = (provider: Appointment['provider'], startMs: number) => ({ provider, startMs }) as Appointment;
    const list = [at('caspen', 10), at('caspen', 20), at('onlive', 15), at('appointment-one', 30)];
    expect(countInRange(list, { from: 10, to: 30 })).toEqual({
      caspen: 2,
      'appointment-one': 0,
      onlive: 1,
    });
  });
});
