import { describe, expect, it } from 'vitest';
import { retryBusy, retryingText } from './retry-note.tsx';

describe('retry note', () => {
  it('counts down whole seconds, then says the retry is running', () => {
    expect(retryingText(10_500, 0)).toBe('retrying in 11 s');
    expect(retryingText(10_000, 9_001)).toBe('retrying in 1 s');
    expect(retryingText(10_000, 10_000)).toBe('retrying now…');
  });

  it('lets Retry hurry an automatic retry, but not a fetch already running', () => {
    expect(retryBusy({ isFetching: true, retryAt: 5 })).toBe(false);
    expect(retryBusy({ isFetching: true, retryAt: null })).toBe(true);
    expect(retryBusy({ isFetching: false, retryAt: null })).toBe(false);
  });
});
