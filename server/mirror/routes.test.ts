import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mirrorWindowPath, MIRROR_PATH } from '../../contract/api-paths.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { itemResponseSchema } from '../../contract/item-response.ts';
import { windowResponseSchema } from '../../contract/window-response.ts';
import { ProxyRefusal } from '../proxy/errors.ts';
import { forwardRequest } from '../proxy/forward.ts';
import type { StaffIdentity } from '../proxy/staff-auth.ts';
import { createResponder } from '../proxy/respond.ts';
import { createMirror } from './mirror.ts';
import { openNodeSqlite } from './node-sqlite.ts';
import { createMirrorRoutes, type MirrorRouteVariables } from './routes.ts';
import { createMirrorStore } from './store.ts';
import { createHarness, runWhile } from './test-support/harness.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;

async function host(providers: readonly ProviderId[] = PROVIDER_IDS) {
  const h = createHarness({ startMs: START, sandbox: { size: 200 } });
  const store = createMirrorStore(openNodeSqlite(':memory:').driver);
  const mirror = createMirror({ config: h.config, store, fetch: h.fetch, now: h.clock.now });
  const caspen = mirror.engine('caspen')!;
  await runWhile(h.clock, caspen, () => caspen.state().lastFullAtMs === null, 30 * 60_000);
  const app = new Hono<{ Variables: MirrorRouteVariables }>();
  app.use('*', async (c, next) => {
    c.set('staff', { subject: 'test', providers });
    await next();
  });
  const respond = createResponder(['sandbox-caspen-token-7c1f2e9a']);
  const forwardDeps = { config: h.config, fetch: h.fetch, now: h.clock.now };
  const forward = (url: string, staff: StaffIdentity) =>
    forwardRequest({ method: 'GET', url }, staff, forwardDeps);
  app.route(MIRROR_PATH, createMirrorRoutes({ reader: mirror, respond, forward }));
  app.onError((error, c) =>
    error instanceof ProxyRefusal
      ? c.json({ code: error.code, message: error.message }, error.status as 400)
      : c.text('boom', 500),
  );
  return { h, app, mirror };
}

describe('the window route', () => {
  it('answers one provider window in the shared contract, refs grouped by collection', async () => {
    const { h, app } = await host();
    const response = await app.request(mirrorWindowPath('caspen', START - 7 * DAY, START + 7 * DAY));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = windowResponseSchema.parse(await response.json());
    const expected = h.sandbox.data.caspen.appointments.filter((a) => {
      const s = Date.parse(a.starts_at);
      return s >= START - 7 * DAY && s < START + 7 * DAY;
    });
    expect(body.records).toHaveLength(expected.length);
    expect(Object.keys(body.refs).sort()).toEqual([
      'clients',
      'locations',
      'practitioners',
      'rooms',
      'services',
    ]);
    expect(body.sync.state).toBe('ready');
  });

  it('a provider still on its first sync answers what it has, saying so', async () => {
    const { app } = await host();
    const body = windowResponseSchema.parse(
      await (await app.request(mirrorWindowPath('onlive', 0, DAY))).json(),
    );
    expect(body).toMatchObject({ records: [], sync: { state: 'first-sync', syncedAtMs: null } });
  });

  it('refuses a provider outside the staff member’s claims, an unknown provider and a bad window', async () => {
    const { app } = await host(['onlive']);
    expect((await app.request(mirrorWindowPath('caspen', 0, DAY))).status).toBe(403);
    expect((await app.request(`${MIRROR_PATH}/nope/appointments?from=0&to=1`)).status).toBe(404);
    const { app: all } = await host();
    for (const query of ['', '?from=5&to=5', '?from=x&to=9', `?from=0&to=${500 * DAY}`])
      expect((await all.request(`${MIRROR_PATH}/caspen/appointments${query}`)).status).toBe(400);
  });

  it('an opened appointment is read live and written back; one the provider no longer has is forgotten', async () => {
    const { h, app, mirror } = await host();
    const record = h.sandbox.data.caspen.appointments[0]!;
    h.sandbox.bookings.change('caspen', record.id, { note: 'read live' });
    const before = h.requests.length;
    const response = await app.request(`${MIRROR_PATH}/caspen/appointments/${record.id}`);
    expect(response.status).toBe(200);
    const item = itemResponseSchema.parse(await response.json());
    expect(item.record).toMatchObject({ id: record.id, note: 'read live' });
    // With the names it points at, whatever window it lies in.
    expect(item.refs['clients']).toEqual([expect.objectContaining({ id: record.client_id })]);
    expect(item.refs['services']).toEqual([expect.objectContaining({ id: record.service_id })]);
    expect(h.requests.length - before).toBe(1);
    const startMs = Date.parse(record.starts_at);
    const stored = () =>
      mirror
        .engine('caspen')!
        .window(startMs, startMs + 1)
        .rows.records.map((r) => JSON.parse(r) as { id: string; note: string });
    expect(stored().find((r) => r.id === record.id)?.note).toBe('read live');

    h.sandbox.data.caspen.appointments.shift();
    h.sandbox.bookings.change('caspen', h.sandbox.data.caspen.appointments[0]!.id, {});
    expect((await app.request(`${MIRROR_PATH}/caspen/appointments/${record.id}`)).status).toBe(404);
    expect(stored().find((r) => r.id === record.id)).toBeUndefined();
    expect((await app.request(`${MIRROR_PATH}/caspen/appointments/a%2Fb`)).status).toBe(400);
  });
});
