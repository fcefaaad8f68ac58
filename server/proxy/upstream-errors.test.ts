import { describe, expect, it } from 'vitest';
import { looksLikeJsonDocument, retryAfterSeconds } from './upstream-response.ts';
import { testProxy } from './test-support/test-proxy.ts';

const PATH = '/api/providers/caspen/appointments';
const NOW = Date.UTC(2025, 4, 26, 14, 30, 0);

async function answer(
  script: () => Response | Promise<Response>,
  env: Record<string, string> = {},
  path = PATH,
) {
  const { app, calls } = testProxy({ script, env, now: () => NOW });
  const response = await app.request(path);
  return { response, body: (await response.json()) as Record<string, unknown>, calls };
}

describe('upstream failures become the agreed error JSON', () => {
  it('maps a timeout to 504 (the timeout covers a hanging upstream)', async () => {
    const started = Date.now();
    const { response, body } = await answer(() => new Promise<Response>(() => {}), {
      UPSTREAM_TIMEOUT_MS: '150',
    });
    expect(response.status).toBe(504);
    expect(body).toEqual({
      provider: 'caspen',
      status: 504,
      code: 'timeout',
      message: 'Caspen did not answer within 0.15 s',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('maps a network failure to 502', async () => {
    const { response, body } = await answer(() => Promise.reject(new TypeError('fetch failed')));
    expect(response.status).toBe(502);
    expect(body).toMatchObject({ code: 'bad-gateway', message: 'Caspen could not be reached' });
  });

  it('maps a non-JSON success to 502', async () => {
    const { response, body } = await answer(
      () => new Response('<html>maintenance</html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(response.status).toBe(502);
    expect(body).toMatchObject({ code: 'bad-gateway' });
  });

  it.each([
    ['an HTML page', '<html>maintenance</html>'],
    ['an empty body', ''],
    ['a body cut short', '{"items":[{"id":"a"},{"id":"b"'],
    ['a bare string', '"ok"'],
  ])('maps %s from a provider without links (shape check only) to 502', async (_, text) => {
    const { response, body } = await answer(
      () => new Response(text, { headers: { 'content-type': 'application/json' } }),
      {},
      '/api/providers/onlive/appointments?page=1',
    );
    expect(response.status).toBe(502);
    expect(body).toMatchObject({ provider: 'onlive', code: 'bad-gateway', message: /not JSON/ });
  });

  it('passes a JSON document from a provider without links through byte for byte', async () => {
    const text = ' {"items":[{"id":"a","title":"Caf\u00e9 \ud83d\ude00"}],"total":1}\n';
    const { app } = testProxy({ script: () => new Response(text), now: () => NOW });
    const response = await app.request('/api/providers/onlive/appointments?page=1');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(text);
  });

  it('does not follow redirects', async () => {
    const { response, calls } = await answer(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }),
    );
    expect(response.status).toBe(502);
    expect(calls).toHaveLength(1);
  });

  it.each([
    [400, 'bad-request'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'bad-request'],
    [422, 'bad-request'],
    [500, 'upstream'],
    [502, 'upstream'],
    [503, 'upstream'],
  ])('keeps upstream status %i with code %s and its message', async (status, code) => {
    const { response, body } = await answer(() =>
      Response.json({ message: 'Appointment\nnot found' }, { status }),
    );
    expect(response.status).toBe(status);
    expect(body).toEqual({
      provider: 'caspen',
      status,
      code,
      message: `Caspen answered ${status}: Appointment not found`,
    });
  });

  it('maps an error without a body (Appointment.one documents none) by status alone', async () => {
    const { app } = testProxy({ script: () => new Response('', { status: 401 }) });
    const response = await app.request('/api/providers/appointment-one/appointment');
    expect(await response.json()).toEqual({
      provider: 'appointment-one',
      status: 401,
      code: 'unauthenticated',
      message: 'Appointment.one answered 401',
    });
  });

  it('maps 429 with Retry-After and passes the pacing headers', async () => {
    const { response, body } = await answer(() =>
      Response.json(
        { message: 'Too Many Attempts.' },
        {
          status: 429,
          headers: { 'retry-after': '17', 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '60' },
        },
      ),
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('17');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(body).toEqual({
      provider: 'caspen',
      status: 429,
      code: 'rate-limited',
      message: 'Caspen answered 429: Too Many Attempts.',
      retryAfter: 17,
    });
  });

  it('derives Retry-After when the upstream gives a date, a reset time or nothing', () => {
    const at = (headers: Record<string, string>) => retryAfterSeconds(new Headers(headers), NOW);
    expect(at({ 'retry-after': new Date(NOW + 42_000).toUTCString() })).toBe(42);
    expect(at({ 'x-ratelimit-reset': String(NOW / 1000 + 9) })).toBe(9);
    expect(at({})).toBe(60);
    expect(at({ 'retry-after': '0' })).toBe(1);
  });
});

describe('looksLikeJsonDocument', () => {
  it('accepts an object or array from first to last non-blank character', () => {
    for (const text of ['{}', '[]', ' \r\n\t{"a":1}\n', '[1,2]'])
      expect(looksLikeJsonDocument(text), text).toBe(true);
    for (const text of [
      '',
      '  ',
      '{',
      '}',
      '{"a":1',
      '[1,2}',
      '{"a":[1]]x',
      'null',
      '<html>{}</html>',
      '\u00a0{}',
    ])
      expect(looksLikeJsonDocument(text), text).toBe(false);
  });

  it('reads UTF-8 bytes the same way', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    for (const text of ['{}', ' \r\n\t{"a":"é"}\n', '[1,2]'])
      expect(looksLikeJsonDocument(bytes(text))).toBe(true);
    for (const text of ['', '{', '[1,2}', 'null', '\u00a0{}', '<p>{}</p>'])
      expect(looksLikeJsonDocument(bytes(text)), text).toBe(false);
  });
});

describe('a JSON success passes through as the bytes received', () => {
  const ONLIVE = '/api/providers/onlive/appointments?page=1';
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('byte for byte, without a leading byte order mark', async () => {
    const json = utf8('{"items":[{"title":"Zoë — 東京"}],"total":1}');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...json]);
    const { app } = testProxy({ script: () => new Response(withBom), now: () => NOW });
    const response = await app.request(ONLIVE);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(json);
  });

  it('scrubbed as text when a secret is in it, even beside bytes that are not UTF-8', async () => {
    const secret = 'onlive-secret-for-this-test';
    const body = new Uint8Array([...utf8('{"note":"'), 0xe3, ...utf8(`${secret}"}`)]);
    const { app } = testProxy({
      script: () => new Response(body),
      env: { ONLIVE_SECRET_ACCESS_KEY: secret },
      now: () => NOW,
    });
    expect(await (await app.request(ONLIVE)).text()).toBe('{"note":"\ufffd[redacted]"}');
  });
});
