// The browser's mirror reader against the real proxy app (staff auth off, the mirror's routes mounted)
// over a mirror synced from the in-process sandbox: each provider's window must list exactly what the
// adapter that pages the provider through the proxy lists for the same range, names included.
import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../contract/providers.ts';
import { createMirror } from '../server/mirror/mirror.ts';
import { openNodeSqlite } from '../server/mirror/node-sqlite.ts';
import { createMirrorStore } from '../server/mirror/store.ts';
import { createHarness, runWhile } from '../server/mirror/test-support/harness.ts';
import { createProxyApp } from '../server/proxy/app.ts';
import { createMirrorAdapter } from '../src/providers/mirror-adapter.ts';
import { createAdapters, PROVIDER_MODULES } from '../src/providers/registry.ts';

const START = Date.UTC(2026, 11, 1, 9, 0, 0);
const DAY = 86_400_000;
const RANGE = { from: START - 3 * DAY, to: START + 7 * DAY };

async function stack() {
  const h = createHarness({ startMs: START, sandbox: { size: 150 } });
  const mirror = createMirror({
    config: h.config,
    store: createMirrorStore(openNodeSqlite(':memory:').driver),
    fetch: h.fetch,
    now: h.clock.now,
  });
  for (const engine of mirror.engines)
    await runWhile(h.clock, engine, () => engine.state().lastFullAtMs === null, 60 * 60_000);
  const app = createProxyApp({
    config: h.config,
    fetch: globalThis.fetch,
    upstreamFetch: h.fetch,
    now: h.clock.now,
    mirror,
  });
  const browserFetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    app.request(String(input), init)) as typeof fetch;
  return { h, app, browserFetch };
}

const view = (a: {
  key: string;
  startMs: number;
  client: { name: string | null } | null;
  service: { name: string | null } | null;
}) => ({
  key: a.key,
  startMs: a.startMs,
  client: a.client?.name ?? null,
  service: a.service?.name ?? null,
});

describe('the mirror reader', () => {
  it('lists what paging the provider lists, with names, in one request per provider', async () => {
    const { h, browserFetch, app } = await stack();
    const direct = createAdapters({ fetch: browserFetch, now: h.clock.now, sleep: async () => {} });
    const providers = await (await app.request('/api/providers')).json();
    expect(providers.providers.map((p: { mirrored: boolean }) => p.mirrored)).toEqual([true, true, true]);
    for (const id of PROVIDER_IDS) {
      const reader = createMirrorAdapter(id, PROVIDER_MODULES[id], { fetch: browserFetch, now: h.clock.now });
      const before = h.requests.length;
      const fromMirror = await reader.listAppointments(RANGE);
      expect(h.requests.length, `${id}: no upstream request for a window`).toBe(before);
      const paged = await direct[id].listAppointments(RANGE);
      const inRange = paged.appointments.filter((a) => a.startMs >= RANGE.from && a.startMs < RANGE.to);
      expect(fromMirror.appointments.length, id).toBeGreaterThan(0);
      expect(fromMirror.appointments.map(view).sort(byKey), id).toEqual(inRange.map(view).sort(byKey));
      expect(fromMirror.sync).toMatchObject({ state: 'ready' });
    }
  });

  it('opens one appointment live (one upstream GET) and keeps its names', async () => {
    const { h, browserFetch } = await stack();
    for (const id of PROVIDER_IDS as readonly ProviderId[]) {
      const reader = createMirrorAdapter(id, PROVIDER_MODULES[id], { fetch: browserFetch, now: h.clock.now });
      const { appointments } = await reader.listAppointments(RANGE);
      const listed = appointments[0]!;
      const before = h.requests.length;
      const opened = await reader.getAppointment(listed.id);
      expect(
        h.requests.slice(before).map((r) => r.provider),
        id,
      ).toEqual([id]);
      expect(view(opened), id).toEqual(view(listed));
    }
  });

  it('says a missing appointment is not found', async () => {
    const { h, browserFetch } = await stack();
    const reader = createMirrorAdapter('caspen', PROVIDER_MODULES.caspen, {
      fetch: browserFetch,
      now: h.clock.now,
    });
    await expect(reader.getAppointment('apt_does_not_exist')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

function byKey(a: { key: string }, b: { key: string }) {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
