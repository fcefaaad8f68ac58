// End to end in process: the real proxy app with its fetch wired to the real sandbox apps.
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../contract/providers.ts';
import { SANDBOX_CREDENTIALS } from '../server/sandbox/credentials.ts';
import { createSandbox, type FaultSpec } from '../server/sandbox/create-sandbox.ts';
import { createProxyApp } from '../server/proxy/app.ts';
import { loadProxyConfig } from '../server/proxy/config.ts';

const URLS: Record<ProviderId, string> = {
  caspen: 'http://127.0.0.1:4101/v1',
  'appointment-one': 'http://127.0.0.1:4102/api/v1',
  onlive: 'http://127.0.0.1:4103/api/v1',
};

function setup(env: Record<string, string> = {}) {
  const sandbox = createSandbox({ size: 150 });
  const upstreamCalls: string[] = [];
  const fetchToSandbox = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    upstreamCalls.push(request.url);
    const entry = Object.entries(URLS).find(
      ([, base]) => new URL(base).origin === new URL(request.url).origin,
    );
    if (!entry) throw new TypeError(`no sandbox at ${request.url}`);
    return sandbox.apps[entry[0] as ProviderId].fetch(request);
  }) as typeof fetch;
  const config = loadProxyConfig(
    {
      ...SANDBOX_CREDENTIALS,
      CASPEN_API_URL: URLS.caspen,
      APPOINTMENT_ONE_API_URL: URLS['appointment-one'],
      ONLIVE_API_URL: URLS.onlive,
      ...env,
    },
    { loopback: true },
  );
  const app = createProxyApp({ config, fetch: fetchToSandbox, now: Date.now, sandbox: true });
  return { app, sandbox, upstreamCalls };
}

async function getJson(app: ReturnType<typeof setup>['app'], path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('proxy against the in-process sandbox', () => {
  it('reports the sandbox', async () => {
    const { app } = setup();
    expect((await getJson(app, '/api/providers')).body).toMatchObject({ sandbox: true });
  });

  it('lists Caspen page 1, rewrites links.next and follows it', async () => {
    const { app, sandbox, upstreamCalls } = setup();
    const first = await getJson(app, '/api/providers/caspen/appointments?limit=100');
    expect(first.status).toBe(200);
    const links = first.body.links as { next: string; prev: string | null };
    expect(links.next).toMatch(/^\/api\/providers\/caspen\/appointments\?cursor=[\w-]+&limit=100$/);
    const second = await getJson(app, links.next);
    expect(second.status).toBe(200);
    const ids = [...(first.body.data as { id: string }[]), ...(second.body.data as { id: string }[])].map(
      (a) => a.id,
    );
    expect(new Set(ids).size).toBe(sandbox.data.caspen.appointments.length);
    expect((second.body.links as { next: unknown }).next).toBeNull();
    expect(upstreamCalls.every((url) => url.startsWith(`${URLS.caspen}/appointments?`))).toBe(true);
  });

  it('lists Appointment.one and rewrites its host-relative hrefs', async () => {
    const { app } = setup();
    const first = await getJson(app, '/api/providers/appointment-one/appointment');
    expect(first.status).toBe(200);
    const next = (first.body.links as { rel: string; href: string }[]).find((l) => l.rel === 'next');
    expect(next?.href).toMatch(/^\/api\/providers\/appointment-one\/appointment\?page=2$/);
    const self = (first.body.appointments as { links: { href: string }[] }[])[0]!.links[0]!.href;
    expect(self).toMatch(/^\/api\/providers\/appointment-one\/appointment\/[0-9a-f]{32}$/);
    expect((await getJson(app, next!.href)).status).toBe(200);
    expect((await getJson(app, self)).status).toBe(200);
  });

  it('signs ONLIVE.SITE requests the sandbox verifier accepts', async () => {
    const { app, sandbox } = setup();
    const list = await getJson(app, '/api/providers/onlive/appointments?page=1&limit=20');
    expect(list.status).toBe(200);
    expect((list.body.items as unknown[]).length).toBe(20);
    const id = sandbox.data.onlive.appointments[0]!.id;
    expect((await getJson(app, `/api/providers/onlive/appointments/${id}`)).body).toMatchObject({ id });
  });

  it('maps sandbox faults: 503, malformed JSON, hang and a rate-limit storm', async () => {
    const { app, sandbox } = setup({ UPSTREAM_TIMEOUT_MS: '200' });
    const cases: [FaultSpec, number, Record<string, unknown>][] = [
      [{ status: 503 }, 503, { code: 'upstream' }],
      [{ malformedJson: true }, 502, { code: 'bad-gateway' }],
      [{ hang: true }, 504, { code: 'timeout' }],
      [{ rateLimitStorm: true }, 429, { code: 'rate-limited', retryAfter: 1 }],
    ];
    for (const [fault, status, body] of cases) {
      sandbox.faults.set('caspen', fault);
      expect(await getJson(app, '/api/providers/caspen/appointments')).toMatchObject({ status, body });
    }
  });

  it('surfaces a rejected ONLIVE.SITE signature (clock skew) as 401 from the provider', async () => {
    const { app, sandbox } = setup();
    sandbox.faults.set('onlive', { clockSkewMs: 60 * 60_000 });
    expect(await getJson(app, '/api/providers/onlive/appointments')).toMatchObject({
      status: 401,
      body: { provider: 'onlive', code: 'unauthenticated' },
    });
  });
});
