import { describe, expect, it } from 'vitest';
import { DATE_PRESETS, defaultRange, matchPreset, presetRange } from './date-presets.ts';

const today = '2026-11-18'; // a Wednesday

describe('date presets', () => {
  it('covers the documented ranges', () => {
    expect(presetRange('today', today)).toEqual({ from: '2026-11-18', to: '2026-11-18' });
    expect(presetRange('tomorrow', today)).toEqual({ from: '2026-11-19', to: '2026-11-19' });
    expect(presetRange('this-week', today)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    // Seven calendar days each, today included.
    expect(presetRange('next-7-days', today)).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(presetRange('last-7-days', today)).toEqual({ from: '2026-11-12', to: '2026-11-18' });
    expect(presetRange('this-month', today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('crosses month and year ends', () => {
    expect(presetRange('this-week', '2026-12-31')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(presetRange('tomorrow', '2026-12-31')).toEqual({ from: '2027-01-01', to: '2027-01-01' });
  });

  it('defaults to the next 7 days, today included, which is "Next 7 days"', () => {
    expect(defaultRange(today)).toEqual(presetRange('next-7-days', today));
    expect(matchPreset(defaultRange(today), today)).toBe('next-7-days');
  });

  it('recognises every preset and calls anything else custom', () => {
    for (const preset of DATE_PRESETS) expect(matchPreset(presetRange(preset, today), today)).toBe(preset);
    expect(matchPreset({ from: '2026-11-02', to: '2026-11-05' }, today)).toBe('custom');
  });
});
