import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { authedGet, sandboxAuthHeaders } from './authed-request.ts';
import { createSandbox } from './create-sandbox.ts';
import { requestClassifier } from './request-counts.ts';
import { startSandboxServers, type RunningSandbox } from './start-servers.ts';

const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
const REQUESTS = 'http://sandbox.test/__sandbox/requests';
// One read of each kind, as the adapters and the mirror send them (paths below the fake's origin).
const READS: Record<ProviderId, { list: string; item: (id: string) => string; reference: string }> = {
  caspen: {
    list: '/v1/appointments?limit=100',
    item: (id) => `/v1/appointments/${id}`,
    reference: '/v1/services?limit=100',
  },
  'appointment-one': {
    list: '/api/v1/appointment?page=2',
    item: (id) => `/api/v1/appointment/${id}`,
    reference: '/api/v1/event/30min',
  },
  onlive: {
    list: '/api/v1/appointments?startDate=2026-12-01T00:00:00Z&endDate=2026-12-08T00:00:00Z',
    item: (id) => `/api/v1/appointments/${id}`,
    reference: '/api/v1/calendars?page=1&limit=100',
  },
};
const kinds0 = { list: 0, item: 0, reference: 0, other: 0, total: 0 };
const zero = { ...kinds0, byAgent: {} };

describe('requestClassifier', () => {
  it('reads the kinds off the manifest routes', () => {
    const kinds = (id: ProviderId, paths: string[]) => paths.map((p) => requestClassifier(id)('GET', p));
    expect(
      kinds('caspen', ['/v1/appointments', '/v1/appointments/app_1', '/v1/clients', '/v1/rooms/r1']),
    ).toEqual(['list', 'item', 'reference', 'reference']);
    expect(
      kinds('appointment-one', ['/api/v1/appointment', '/api/v1/appointment/ab', '/api/v1/event/x']),
    ).toEqual(['list', 'item', 'reference']);
    expect(kinds('onlive', ['/api/v1/appointments', '/api/v1/user-groups', '/api/v1/services'])).toEqual([
      'list',
      'reference',
      'reference',
    ]);
    // Outside the read routes: another base, another method, deeper paths, routes no adapter reads.
    const other = ['/v2/appointments', '/v1/appointments/a/b', '/v1/cancellation-reasons', '/v1/', '/'];
    expect(kinds('caspen', other)).toEqual(other.map(() => 'other'));
    expect(requestClassifier('caspen')('DELETE', '/v1/appointments/a')).toBe('other');
  });
});

describe.each([...PROVIDER_IDS])('%s: /__sandbox/requests', (provider) => {
  it('counts what the fake served by kind, not the control calls, until DELETE', async () => {
    const sandbox = createSandbox({ size: 150, anchorMs: NOW, clock: () => NOW });
    const app = sandbox.apps[provider];
    const counts = async () => (await app.request(REQUESTS)).json();
    expect(await counts()).toEqual(zero);
    const reads = READS[provider];
    const get = (path: string) => authedGet(app, provider, `http://sandbox.test${path}`, { nowMs: NOW });
    expect((await get(reads.list)).status).toBe(200);
    expect((await get(reads.list)).status).toBe(200);
    expect((await get(reads.item(sandbox.data[provider].appointments[0]!.id))).status).toBe(200);
    expect((await get(reads.reference)).status).toBe(200);
    // Refused requests still reach the fake: they count too.
    expect((await app.request(`http://sandbox.test${reads.list}`)).status).toBe(401);
    await app.request('http://sandbox.test/nowhere');
    await app.request('http://sandbox.test/__sandbox/faults');
    await app.request('http://sandbox.test/__sandbox/nothing-here');
    const six = { list: 3, item: 1, reference: 1, other: 1, total: 6 };
    // In process nobody sends a User-Agent.
    expect(await counts()).toEqual({ ...six, byAgent: { '(none)': six } });
    sandbox.faults.set(provider, { status: 503 });
    expect((await get(reads.list)).status).toBe(503);
    expect(await counts()).toMatchObject({ list: 4, total: 7 });
    const cleared = await app.request(REQUESTS, { method: 'DELETE' });
    expect(await cleared.json()).toEqual(zero);
    expect(await counts()).toEqual(zero);
  });

  it('answers loopback callers only', async () => {
    const app = createSandbox({ size: 10 }).apps[provider];
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    expect((await app.request(REQUESTS, {}, from('192.168.1.20'))).status).toBe(403);
    expect((await app.request(REQUESTS, { method: 'DELETE' }, from('10.0.0.7'))).status).toBe(403);
    expect((await app.request(REQUESTS, {}, from('::1'))).status).toBe(200);
  });
});

describe('the control routes over real HTTP', () => {
  let running: RunningSandbox;
  beforeAll(async () => {
    running = await startSandboxServers({ ports: [0, 0, 0], size: 150 });
  });
  afterAll(async () => running.close());

  it.each([...PROVIDER_IDS])(
    '%s: a POSTed booking is served by id, and the reads are counted',
    async (provider) => {
      const origin = new URL(running.urls[provider]).origin;
      const post = await fetch(`${origin}/__sandbox/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ startMs: Date.now() + 86_400_000 }),
      });
      expect(post.status).toBe(201);
      const { id } = (await post.json()) as { id: string };
      const url = new URL(`${origin}${READS[provider].item(id)}`);
      const headers = {
        ...(await sandboxAuthHeaders(provider, url, Date.now())),
        'user-agent': 'frontdesk-mirror',
      };
      const item = await fetch(url, { headers });
      expect(item.status).toBe(200);
      const counts = await (await fetch(`${origin}/__sandbox/requests`)).json();
      const one = { ...kinds0, item: 1, total: 1 };
      expect(counts).toEqual({ ...one, byAgent: { 'frontdesk-mirror': one } });
    },
  );
});
