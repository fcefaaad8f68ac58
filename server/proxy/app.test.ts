import { describe, expect, it } from 'vitest';
import { parseOnliveDate, verifyOnlive } from '../providers/onlive/signer.ts';
import { TEST_SECRETS, TEST_UPSTREAMS } from './test-support/fake-upstream.ts';
import { testProxy } from './test-support/test-proxy.ts';

const NOW = Date.UTC(2025, 4, 26, 14, 30, 22);

describe('GET /api/providers', () => {
  it('says which providers are enabled and that this is not the sandbox', async () => {
    const { app } = testProxy({ env: { CASPEN_API_TOKEN: '' } });
    const response = await app.request('/api/providers');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sandbox: false,
      providers: [
        { id: 'caspen', label: 'Caspen', enabled: false, mirrored: false },
        { id: 'appointment-one', label: 'Appointment.one', enabled: true, mirrored: false },
        { id: 'onlive', label: 'ONLIVE.SITE', enabled: true, mirrored: false },
      ],
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a disabled provider without contacting it', async () => {
    const { app, calls } = testProxy({ env: { CASPEN_API_TOKEN: '' } });
    const response = await app.request('/api/providers/caspen/appointments');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ provider: 'caspen', code: 'not-found' });
    expect(calls).toHaveLength(0);
  });
});

describe('signing and credentials per provider', () => {
  it('sends the Caspen bearer token and the Appointment.one raw key', async () => {
    const { app, calls } = testProxy();
    await app.request('/api/providers/caspen/appointments?limit=100');
    await app.request('/api/providers/appointment-one/event/test1%40example.com');
    expect(calls.map((c) => c.url)).toEqual([
      `${TEST_UPSTREAMS.CASPEN_API_URL}/appointments?limit=100`,
      `${TEST_UPSTREAMS.APPOINTMENT_ONE_API_URL}/event/test1%40example.com`,
    ]);
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_SECRETS.CASPEN_API_TOKEN}`);
    expect(calls[1]!.headers.get('authorization')).toBe(TEST_SECRETS.APPOINTMENT_ONE_API_KEY);
  });

  it('signs ONLIVE.SITE requests so that the shared verifier accepts them', async () => {
    const { app, calls } = testProxy({ now: () => NOW });
    await app.request(
      '/api/providers/onlive/appointments?startDate=2025-05-26T00:00:00.000Z&endDate=2025-05-26T23:59:59.999Z&page=1',
    );
    const call = calls[0]!;
    const url = new URL(call.url);
    expect(call.headers.get('x-onlive-site-date')).toBe('20250526T143022Z');
    const lookup = (id: string) =>
      id === TEST_SECRETS.ONLIVE_ACCESS_KEY_ID ? TEST_SECRETS.ONLIVE_SECRET_ACCESS_KEY : undefined;
    const verified = await verifyOnlive(
      {
        method: 'GET',
        path: url.pathname,
        query: [...url.searchParams.entries()],
        host: url.host,
        authorization: call.headers.get('authorization'),
        date: call.headers.get('x-onlive-site-date'),
      },
      lookup,
      parseOnliveDate('20250526T143500Z')!,
    );
    expect(verified).toEqual({ ok: true, accessKeyId: TEST_SECRETS.ONLIVE_ACCESS_KEY_ID });
  });
});

describe('header hygiene', () => {
  it("never forwards the caller's headers and returns only safe upstream headers", async () => {
    const { app, calls } = testProxy({
      script: () =>
        Response.json(
          { data: [] },
          {
            headers: {
              'set-cookie': 'session=upstream; HttpOnly',
              connection: 'keep-alive',
              'keep-alive': 'timeout=5',
              'proxy-authenticate': 'Basic',
              server: 'caspen-edge',
              'x-powered-by': 'PHP',
              'access-control-allow-origin': '*',
              'x-ratelimit-limit': '60',
              'x-ratelimit-remaining': '59',
              'x-ratelimit-reset': '1748269882',
              'x-upstream-debug': TEST_SECRETS.CASPEN_API_TOKEN,
            },
          },
        ),
    });
    const response = await app.request('/api/providers/caspen/appointments', {
      headers: {
        authorization: 'Bearer staff-token',
        cookie: 'CF_Authorization=abc; other=1',
        'x-forwarded-for': '203.0.113.9',
        'x-custom': 'x',
        'cf-access-jwt-assertion': 'jwt',
      },
    });
    expect(response.status).toBe(200);
    const sent = [...calls[0]!.headers.keys()].sort();
    expect(sent).toEqual(['accept', 'authorization', 'user-agent']);
    expect(calls[0]!.headers.get('authorization')).not.toContain('staff-token');
    const received = Object.fromEntries(response.headers.entries());
    expect(received).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '59',
      'x-ratelimit-reset': '1748269882',
    });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    'refuses %s with 405 and never calls upstream',
    async (method) => {
      const { app, calls } = testProxy();
      const response = await app.request('/api/providers/caspen/appointments', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(calls).toHaveLength(0);
    },
  );

  it('logs one line per request without ids, query values or credentials', async () => {
    const { app, logs } = testProxy();
    await app.request('/api/providers/caspen/appointments/app_SECRETNAME?x=1');
    await app.request('/api/providers/caspen/appointments/app_SECRETNAME');
    await app.request('/api/providers/onlive/appointments?startDate=Jane%20Doe');
    expect(logs).toHaveLength(3);
    expect(logs[1]).toMatch(/^GET caspen appointments\/:id 200 \d+ms$/);
    expect(logs.join('\n')).not.toMatch(/SECRETNAME|Jane|token|key/i);
  });
});
