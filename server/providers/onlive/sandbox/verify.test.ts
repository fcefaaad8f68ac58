import { describe, expect, it } from 'vitest';
import vectors from '../fixtures/signing-vectors.json' with { type: 'json' };
import { onliveAuthHeaders, parseOnliveDate } from '../signer.ts';
import { SANDBOX_CREDENTIALS } from '../../../sandbox/credentials.ts';
import { generateSandboxData } from '../../../sandbox/data/generate-data.ts';
import { createFaultController } from '../../../sandbox/faults.ts';
import { createOnliveApp } from './app.ts';

type Vector = (typeof vectors)[number];
const MINUTE = 60_000;

/** The real ONLIVE.SITE app, knowing the vector's key, with its clock at `nowMs`. */
function appAt(nowMs: number, rateLimit = { limit: 1000, windowMs: 60_000 }) {
  return createOnliveApp({
    data: generateSandboxData({ seed: 42, anchorMs: nowMs, size: 50 }).onlive,
    faults: createFaultController(),
    clock: () => nowMs,
    rateLimit,
    credentials: { [vectors[0]!.accessKeyId]: vectors[0]!.secret },
  });
}

/** The request a vector describes, with the vector's host, date and Authorization header. */
function vectorRequest(
  v: Vector,
  overrides: { query?: [string, string][]; host?: string; authorization?: string } = {},
) {
  const query = new URLSearchParams(overrides.query ?? (v.query as [string, string][]));
  const url = `http://${v.host}${v.path}${query.size ? `?${query}` : ''}`;
  const headers = {
    host: overrides.host ?? v.host,
    'x-onlive-site-date': v.date,
    authorization: overrides.authorization ?? v.authorization,
  };
  return [url, { headers }] as const;
}
const dateOf = (v: Vector) => parseOnliveDate(v.date) ?? NaN;

describe('ONLIVE.SITE sandbox: signature verification', () => {
  it.each(vectors.map((v) => [v.name, v] as const))(
    'golden vector %s verifies through the app',
    async (_name, v) => {
      const res = await appAt(dateOf(v)).request(...vectorRequest(v));
      expect(res.status).not.toBe(401);
      // get-one names an id that is not in the generated data: past auth, it is simply not found.
      expect(res.status).toBe(v.name === 'get-one' ? 404 : 200);
    },
  );

  it.each(vectors.map((v) => [v.name, v] as const))(
    'a tampered %s request is rejected with 401',
    async (_name, v) => {
      const app = appAt(dateOf(v));
      const tampered = [
        vectorRequest(v, { query: [...(v.query as [string, string][]), ['page', '2']] }),
        vectorRequest(v, { host: 'evil.example' }),
        vectorRequest(v, { authorization: v.authorization.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
      ];
      for (const request of tampered) {
        const res = await app.request(...request);
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({
          statusCode: 401,
          message: 'Invalid or missing authentication signature',
          errors: [{ field: 'authorization', message: 'Signature does not match' }],
        });
      }
    },
  );

  it('accepts a date up to 15 minutes from server time and rejects one beyond', async () => {
    const v = vectors[1]!;
    for (const skew of [-15 * MINUTE, 15 * MINUTE])
      expect((await appAt(dateOf(v) + skew).request(...vectorRequest(v))).status).toBe(200);
    for (const skew of [-15 * MINUTE - 1000, 15 * MINUTE + 1000]) {
      const res = await appAt(dateOf(v) + skew).request(...vectorRequest(v));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(
        'x-onlive-site-date',
      );
    }
  });

  it('rejects missing headers, unknown keys and malformed headers with the standard body', async () => {
    const v = vectors[0]!;
    const app = appAt(dateOf(v));
    const [url] = vectorRequest(v);
    const cases: Record<string, string>[] = [
      {},
      {
        'x-onlive-site-date': v.date,
        authorization: v.authorization.replace('AKONLIVEEXAMPLE', 'AKUNKNOWN'),
      },
      { 'x-onlive-site-date': v.date, authorization: `Bearer ${v.secret}` },
      { 'x-onlive-site-date': '2025-05-26T14:30:22Z', authorization: v.authorization },
    ];
    for (const headers of cases) {
      const res = await app.request(url, { headers: { host: v.host, ...headers } });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({
        statusCode: 401,
        errors: [{ field: expect.any(String), message: expect.any(String) }],
      });
    }
  });

  it('accepts the sandbox credentials signed for the URL the client calls', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const app = createOnliveApp({
      data: generateSandboxData({ seed: 42, anchorMs: now, size: 50 }).onlive,
      faults: createFaultController(),
      clock: () => now,
      rateLimit: { limit: 2, windowMs: 60_000 },
      credentials: {
        [SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID]: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
      },
    });
    const url = new URL('http://127.0.0.1:4103/api/v1/calendars?search=Madrid&limit=5');
    const credentials = {
      accessKeyId: SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID,
      secret: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
    };
    const send = async () =>
      app.request(url, { headers: await onliveAuthHeaders({ method: 'GET', url }, credentials, now) });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    // The third request in the minute goes over this app's limit of 2 per access key.
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({ statusCode: 429, message: 'Too many requests' });
  });
});
