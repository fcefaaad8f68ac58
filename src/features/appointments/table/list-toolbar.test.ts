import { describe, expect, it } from 'vitest';
import { countText } from './list-toolbar.tsx';

describe('countText', () => {
  it('reads "N of M appointments"', () => {
    expect(countText(12, 340, false)).toBe('12 of 340 appointments');
    expect(countText(1, 1, false)).toBe('1 of 1 appointment');
    expect(countText(12000, 100000, false)).toBe('12,000 of 100,000 appointments');
  });

  it('says loading before anything arrived', () => {
    expect(countText(0, 0, true)).toBe('Loading appointments…');
    expect(countText(3, 5, true)).toBe('3 of 5 appointments');
  });
});
