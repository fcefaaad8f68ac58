import { describe, expect, it } from 'vitest';
import { authedGet } from '../../../sandbox/authed-request.ts';
import { createSandbox } from '../../../sandbox/create-sandbox.ts';
import { generateSandboxData } from '../../../sandbox/data/generate-data.ts';
import { createFaultController } from '../../../sandbox/faults.ts';
import { createCaspenApp } from './app.ts';
import { decodeCursor, encodeCursor } from './paging.ts';

const anchorMs = Date.parse('2026-01-15T10:00:00Z');
const sandbox = createSandbox({ anchorMs, size: 250, caspenRateLimit: { limit: 10_000, windowMs: 60_000 } });
const app = sandbox.apps.caspen;
const data = sandbox.data.caspen;
const BASE = 'http://caspen.test/v1';
const get = (url: string) => authedGet(app, 'caspen', url);

async function followAll(url: string): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const res = await get(next);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      data: { id: string }[];
      links: { prev: string | null; next: string | null };
    };
    expect(Object.keys(body).sort()).toEqual(['data', 'links']);
    ids.push(...body.data.map((r) => r.id));
    next = body.links.next;
    pages += 1;
  }
  return { ids, pages };
}

describe('Caspen sandbox: lists and paging', () => {
  it('pages through every appointment by following links.next verbatim', async () => {
    const { ids, pages } = await followAll(`${BASE}/appointments?limit=100`);
    expect(pages).toBe(3);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(data.appointments.map((a) => a.id));
  });

  it('answers absolute links built from the request URL, with prev on later pages', async () => {
    const first = (await (await get(`${BASE}/appointments?limit=2`)).json()) as {
      links: { prev: null; next: string };
    };
    expect(first.links.prev).toBeNull();
    expect(first.links.next.startsWith('http://caspen.test/v1/appointments?cursor=')).toBe(true);
    const second = (await (await get(first.links.next)).json()) as {
      data: { id: string }[];
      links: { prev: string };
    };
    expect(second.data.map((a) => a.id)).toEqual(data.appointments.slice(2, 4).map((a) => a.id));
    const back = (await (await get(second.links.prev)).json()) as { data: { id: string }[] };
    expect(back.data.map((a) => a.id)).toEqual(data.appointments.slice(0, 2).map((a) => a.id));
  });

  it('defaults to 10 per page and validates limit and cursor with 422', async () => {
    const body = (await (await get(`${BASE}/appointments`)).json()) as { data: unknown[] };
    expect(body.data).toHaveLength(10);
    for (const limit of ['0', '101', 'ten']) {
      const res = await get(`${BASE}/appointments?limit=${limit}`);
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({
        message: expect.any(String),
        errors: { limit: [expect.any(String)] },
      });
    }
    const res = await get(`${BASE}/appointments?cursor=not-a-cursor`);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: object }).errors).toHaveProperty('cursor');
  });

  it('round-trips opaque cursors', () => {
    expect(decodeCursor(encodeCursor(1234))).toBe(1234);
    expect(decodeCursor(btoa('{"type":"other","offset":1}'))).toBeNull();
  });

  it.each([
    ['appointments', data.appointments],
    ['services', data.services],
    ['locations', data.locations],
    ['clients', data.clients],
    ['practitioners', data.practitioners],
    ['rooms', data.rooms],
    ['cancellation-reasons', data.cancellationReasons],
  ] as const)('GET /v1/%s lists every record and retrieves each by id', async (path, records) => {
    const { ids } = await followAll(`${BASE}/${path}?limit=100`);
    expect(ids).toEqual(records.map((r) => r.id));
    const sample = records[records.length - 1]!;
    const res = await get(`${BASE}/${path}/${sample.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(sample);
    const missing = await get(`${BASE}/${path}/${sample.id.slice(0, 4)}01ARZ3NDEKTSV4RRFFQ69G5FAV`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: expect.any(String) });
  });
});

describe('Caspen sandbox: auth', () => {
  it('accepts the sandbox bearer token and rejects anything else with 401', async () => {
    expect((await get(`${BASE}/services`)).status).toBe(200);
    const token = 'sandbox-caspen-token-7c1f2e9a';
    for (const authorization of [
      undefined,
      'Bearer wrong-token',
      token,
      `Basic ${token}`,
      `Bearer ${token}x`,
    ]) {
      const res = await app.request(`${BASE}/services`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: 'Unauthenticated.' });
    }
  });

  it('answers unknown paths 404 only to authenticated callers', async () => {
    expect((await app.request(`${BASE}/nothing-here`)).status).toBe(401);
    const res = await get(`${BASE}/nothing-here`);
    expect(res.status).toBe(404);
  });
});

describe('Caspen sandbox: rolling rate limit per token', () => {
  const makeApp = (clock: () => number) =>
    createCaspenApp({
      data: generateSandboxData({ seed: 1, anchorMs, size: 20 }).caspen,
      faults: createFaultController(),
      clock,
      rateLimit: { limit: 3, windowMs: 10_000 },
      tokens: ['token-a', 'token-b'],
    });
  const call = (app: ReturnType<typeof makeApp>, token = 'token-a') =>
    app.request('http://caspen.test/v1/rooms', { headers: { authorization: `Bearer ${token}` } });

  it('counts requests in a rolling window, answers 429 with Retry-After, then recovers', async () => {
    let now = 1_000_000;
    const limited = makeApp(() => now);
    const remaining: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await call(limited);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-ratelimit-limit')).toBe('3');
      remaining.push(res.headers.get('x-ratelimit-remaining') ?? '');
      now += 1000;
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await call(limited);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ message: 'Too Many Attempts.' });
    // The first request (t = 1000 s) leaves the window at 1010 s; now is 1003 s.
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(refused.headers.get('x-ratelimit-reset')).toBe('1010');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await call(limited, 'token-b')).status).toBe(200);
    now = 1_010_001;
    const again = await call(limited);
    expect(again.status).toBe(200);
    expect(again.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});
