import { describe, expect, it } from 'vitest';
import { ProviderError } from './errors.ts';
import { createHttpClient, parseRetryAfter } from './http.ts';
import { PROXY_ERROR_CODES } from '../../contract/proxy-error.ts';

const NOW = Date.UTC(2025, 4, 1, 12);
const answer = (body: string, init: ResponseInit) => async () => new Response(body, init);
const client = (fetchFn: typeof fetch) => createHttpClient('caspen', fetchFn, () => NOW);
const proxyError = (status: number, code: string, extra: object = {}) =>
  answer(JSON.stringify({ provider: 'caspen', status, code, message: `proxy says ${code}`, ...extra }), {
    status,
  });

async function failure(fetchFn: typeof fetch): Promise<ProviderError> {
  const error = await client(fetchFn)
    .getJson('/api/providers/caspen/appointments')
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('http helper', () => {
  it('returns parsed JSON with the passed-through headers', async () => {
    const ok = answer('{"data":[]}', { status: 200, headers: { 'x-ratelimit-remaining': '59' } });
    const response = await client(ok).getJson('/x');
    expect(response.body).toEqual({ data: [] });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('59');
  });

  it.each([
    [401, 'unauthenticated', 'auth', false],
    [403, 'forbidden', 'forbidden', false],
    [404, 'not-found', 'not-found', false],
    [405, 'method-not-allowed', 'upstream', false],
    [400, 'bad-request', 'upstream', false],
    [504, 'timeout', 'network', true],
    [502, 'bad-gateway', 'upstream', true],
    [503, 'upstream', 'upstream', true],
    [409, 'upstream', 'upstream', false],
  ] as const)('maps proxy %i %s to kind %s (retryable %s)', async (status, code, kind, retryable) => {
    const error = await failure(proxyError(status, code));
    expect(error).toMatchObject({
      provider: 'caspen',
      kind,
      retryable,
      status,
      message: `proxy says ${code}`,
    });
  });

  it('covers every agreed proxy error code', () => {
    expect(PROXY_ERROR_CODES).toHaveLength(9);
  });

  it('keeps retryAfter from the proxy body, else from the Retry-After header', async () => {
    expect((await failure(proxyError(429, 'rate-limited', { retryAfter: 12 }))).retryAfter).toBe(12);
    const headerOnly = answer('{}', { status: 429, headers: { 'retry-after': '3' } });
    expect(await failure(headerOnly)).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfter: 3 });
  });

  it('maps a bare status when the body is not the proxy error JSON', async () => {
    expect((await failure(answer('<html>', { status: 401 }))).kind).toBe('auth');
    expect(await failure(answer('', { status: 500 }))).toMatchObject({ kind: 'upstream', retryable: true });
  });

  it('fails with invalid-data when a 2xx body is not JSON', async () => {
    expect(await failure(answer('{"data":[', { status: 200 }))).toMatchObject({
      kind: 'invalid-data',
      retryable: false,
    });
  });

  it('fails with network when fetch rejects, but re-throws an abort untouched', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failure(offline)).toMatchObject({ kind: 'network', retryable: true });

    const controller = new AbortController();
    controller.abort();
    const aborting: typeof fetch = async (_url, init) => {
      throw init?.signal?.reason;
    };
    const error = await client(aborting)
      .getJson('/x', controller.signal)
      .catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ProviderError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('5', NOW)).toBe(5);
    expect(parseRetryAfter(new Date(NOW + 9_500).toUTCString(), NOW)).toBe(9);
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter(null, NOW)).toBeNull();
  });
});
