import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../providers/errors.ts';
import { errorWords } from './error-words.ts';

describe('errorWords', () => {
  it('says a rate limit as "busy", keeping the proxy text for the technical detail', () => {
    const error = new ProviderError({
      provider: 'caspen',
      kind: 'rate-limited',
      status: 429,
      message: 'Answered 429: Too Many Attempts.',
    });
    expect(errorWords(error)).toEqual({
      short: 'Busy',
      summary: 'Caspen is busy right now and asked us to wait a moment.',
      technical: 'HTTP 429, rate-limited: Answered 429: Too Many Attempts.',
    });
  });

  it('never shows a parser message in the summary', () => {
    const error = new ProviderError({
      provider: 'onlive',
      kind: 'invalid-data',
      message: 'Invalid input: expected string, received undefined',
    });
    const words = errorWords(error);
    expect(words.summary).toBe(
      'ONLIVE.SITE sent an answer Frontdesk cannot read. If it keeps happening, tell whoever looks after Frontdesk.',
    );
    expect(words.technical).toContain('expected string');
  });

  it('tells a timeout from an unreachable provider, and a 5xx from a refusal', () => {
    const at = (kind: ProviderError['kind'], status: number | null) =>
      errorWords(new ProviderError({ provider: 'appointment-one', kind, status, message: 'x' })).short;
    expect(at('network', 504)).toBe('Too slow');
    expect(at('network', null)).toBe('Not reachable');
    expect(at('upstream', 503)).toBe('Having problems');
    expect(at('upstream', 400)).toBe('Refused');
    expect(at('auth', 401)).toBe('Sign-in problem');
  });
});
