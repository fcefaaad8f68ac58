import { describe, expect, it } from 'vitest';
import { ProviderError } from './errors.ts';
import { asProviderError, noteRetryDelay, retryDelay, retryStartsAt, shouldRetry } from './retry-policy.ts';

const err = (kind: ProviderError['kind'], retryAfter: number | null = null) =>
  new ProviderError({ provider: 'caspen', kind, message: kind, retryAfter });

describe('query retry policy', () => {
  it('retries retryable provider errors at most twice, and nothing else', () => {
    expect(shouldRetry(0, err('network'))).toBe(true);
    expect(shouldRetry(1, err('upstream'))).toBe(true);
    expect(shouldRetry(2, err('rate-limited'))).toBe(false);
    expect(shouldRetry(0, err('auth'))).toBe(false);
    expect(shouldRetry(0, err('invalid-data'))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });

  it('waits Retry-After when the provider said, else backs off exponentially', () => {
    expect(retryDelay(0, err('rate-limited', 7))).toBe(7000);
    // Bounded: a provider asking for an hour is tried again within 30 s (staff see the countdown).
    expect(retryDelay(0, err('rate-limited', 3600))).toBe(30_000);
    expect(retryDelay(0, err('network'))).toBe(1000);
    expect(retryDelay(1, err('network'))).toBe(2000);
  });
});

describe('asProviderError', () => {
  it('passes ProviderErrors and aborts through, and wraps anything else', async () => {
    const signal = new AbortController().signal;
    const typed = err('auth');
    await expect(asProviderError('caspen', signal, () => Promise.reject(typed))).rejects.toBe(typed);
    const wrapped = await asProviderError('onlive', signal, () =>
      Promise.reject(new TypeError('x is undefined')),
    ).catch((e: unknown) => e);
    expect(wrapped).toMatchObject({ provider: 'onlive', kind: 'invalid-data', retryable: false });

    const aborted = new AbortController();
    aborted.abort();
    const abort = new DOMException('aborted', 'AbortError');
    await expect(asProviderError('caspen', aborted.signal, () => Promise.reject(abort))).rejects.toBe(abort);
  });

  it('notes when the retry after each failure starts, for the "retrying in N s" countdown', () => {
    const error = err('upstream');
    expect(retryStartsAt(error)).toBeNull();
    expect(noteRetryDelay(1, error, () => 1_000_000)).toBe(2000);
    expect(retryStartsAt(error)).toBe(1_002_000);
    expect(retryStartsAt('not an object')).toBeNull();
  });
});
