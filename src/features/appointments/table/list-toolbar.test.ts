import { describe, expect, it } from 'vitest';
import { countText } from './list-toolbar.tsx';

describe('countText', () => {
  it('reads "N of M appointments"', () => {
    expect(countText(12, 340, [])).toBe('12 of 340 appointments');
    expect(countText(1, 1, [])).toBe('1 of 1 appointment');
    expect(countText(12000, 100000, [])).toBe('12,000 of 100,000 appointments');
  });

  it('says loading before anything arrived', () => {
    expect(countText(0, 0, ['Caspen'])).toBe('Loading appointments…');
  });

  it('gives only a floor while a provider is still loading', () => {
    expect(countText(67, 67, ['Caspen'])).toBe('At least 67 appointments: Caspen still loading');
    expect(countText(1, 5, ['Caspen', 'ONLIVE.SITE'])).toBe(
      'At least 1 appointment: Caspen and ONLIVE.SITE still loading',
    );
  });

  it('gives only a floor while the mirror is still on its first sync', () => {
    expect(countText(133, 133, [], ['Caspen'])).toBe('At least 133 appointments: Caspen still syncing');
    expect(countText(5, 9, ['ONLIVE.SITE'], ['Caspen'])).toBe(
      'At least 5 appointments: Caspen still syncing, ONLIVE.SITE still loading',
    );
  });
});
