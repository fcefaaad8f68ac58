import { describe, expect, it } from 'vitest';
import { mirrorWindowPath, PROVIDERS_PATH } from '../../contract/api-paths.ts';
import type { ProviderId } from '../../contract/providers.ts';
import { queryKeys } from '../providers/query-keys.ts';
import { createDefaultAdapters } from '../providers/registry.ts';
import { dayViewModule } from '../features/appointments/day-views/day-view-lazy.tsx';
import { createQueryClient } from './query-client.ts';
import { warmStart } from './warm-start.ts';

// 2026-12-01 to 2026-12-07 in Madrid (UTC+1): [Nov 30 23:00Z, Dec 7 23:00Z).
const SEARCH = '?from=2026-12-01&to=2026-12-07&tz=Europe/Madrid';
const RANGE = { from: Date.UTC(2026, 10, 30, 23), to: Date.UTC(2026, 11, 7, 23) };
const NOW = Date.UTC(2026, 11, 1, 9);

const windowBody = (provider: string) => ({
  provider,
  fromMs: RANGE.from,
  toMs: RANGE.to,
  records: [],
  refs: {},
  quarantined: [],
  sync: {
    state: 'ready',
    syncedAtMs: NOW - 5_000,
    fullScanAtMs: NOW - 60_000,
    fullScanEveryMs: 480_000,
    progress: null,
    error: null,
    readAtMs: NOW,
  },
});

/** A server that mirrors Caspen and Appointment.one and pages ONLIVE.SITE through the proxy. */
function server(options: { hang?: ProviderId; providersStatus?: number } = {}) {
  const asked: string[] = [];
  const fetchFn: typeof fetch = async (input) => {
    const url = new URL(String(input), 'http://127.0.0.1');
    asked.push(url.pathname + url.search);
    if (url.pathname === PROVIDERS_PATH) {
      if (options.providersStatus) return Response.json({ message: 'Sign-in required' }, { status: 401 });
      return Response.json({
        sandbox: true,
        providers: [
          { id: 'caspen', label: 'Caspen', enabled: true, mirrored: true },
          { id: 'appointment-one', label: 'Appointment.one', enabled: true, mirrored: true },
          { id: 'onlive', label: 'ONLIVE.SITE', enabled: true, mirrored: false },
        ],
      });
    }
    const provider = /^\/api\/mirror\/([^/]+)\/appointments$/.exec(url.pathname)?.[1];
    if (provider === options.hang) return new Promise<Response>(() => {});
    if (provider) return Response.json(windowBody(provider));
    return Response.json({ message: 'no route' }, { status: 404 });
  };
  const queryClient = createQueryClient();
  const deps = { queryClient, fetch: fetchFn, now: () => NOW, ...createDefaultAdapters(fetchFn, () => NOW) };
  return { deps, asked, queryClient };
}

describe('warm start', () => {
  it("reads each mirrored provider's window for the URL's range into the list's cache", async () => {
    const { deps, asked, queryClient } = server();
    await warmStart(deps, { pathname: '/appointments', search: SEARCH });
    expect(asked).toEqual([
      PROVIDERS_PATH,
      mirrorWindowPath('caspen', RANGE.from, RANGE.to),
      mirrorWindowPath('appointment-one', RANGE.from, RANGE.to),
    ]);
    // The keys the list's own queries use, so its first render finds them answered.
    expect(queryClient.getQueryData(queryKeys.list('caspen', RANGE))).toMatchObject({ appointments: [] });
    expect(queryClient.getQueryState(queryKeys.list('appointment-one', RANGE))?.status).toBe('success');
    // Paged through the proxy: not waited for, so not started here either.
    expect(queryClient.getQueryState(queryKeys.list('onlive', RANGE))).toBeUndefined();
  });

  it("states the sync's age on this PC's clock, however wrong that clock is", async () => {
    const { deps, queryClient } = server();
    const fastPc = {
      ...deps,
      now: () => NOW + 300_000,
      ...createDefaultAdapters(deps.fetch, () => NOW + 300_000),
    };
    await warmStart(fastPc, { pathname: '/appointments', search: SEARCH });
    const sync = queryClient.getQueryData<{ sync: { syncedAtMs: number } }>(
      queryKeys.list('caspen', RANGE),
    )?.sync;
    // Synced 5 s before the server answered: 5 s before now on this PC too, not 5 min 5 s.
    expect(NOW + 300_000 - sync!.syncedAtMs).toBe(5_000);
  });

  it('serves a detail link (the list shows beside the panel) and / (which redirects to the list)', async () => {
    for (const pathname of ['/', '/appointments/caspen/42']) {
      const { deps, asked } = server();
      await warmStart(deps, { pathname, search: SEARCH });
      expect(asked).toHaveLength(3);
    }
  });

  it("loads the Today board's code with the windows when the URL opens it", async () => {
    const { deps } = server();
    expect(dayViewModule.current()).toBeUndefined();
    await warmStart(deps, { pathname: '/appointments', search: `${SEARCH}&view=today` });
    expect(dayViewModule.current()?.DayViewBody).toBeTypeOf('function');
  });

  it('reads nothing for pages that are not the list', async () => {
    const { deps, asked } = server();
    await warmStart(deps, { pathname: '/no/such/page', search: '' });
    expect(asked).toEqual([]);
  });

  it('stops waiting at the deadline: a hanging provider delays no one', async () => {
    const { deps, queryClient } = server({ hang: 'appointment-one' });
    const started = performance.now();
    await warmStart(deps, { pathname: '/appointments', search: SEARCH }, 50);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(queryClient.getQueryState(queryKeys.list('caspen', RANGE))?.status).toBe('success');
    expect(queryClient.getQueryState(queryKeys.list('appointment-one', RANGE))?.fetchStatus).toBe('fetching');
  });

  it('resolves when the provider list fails: the app renders and says so', async () => {
    const { deps, asked, queryClient } = server({ providersStatus: 401 });
    await warmStart(deps, { pathname: '/appointments', search: SEARCH });
    expect(asked).toEqual([PROVIDERS_PATH]);
    expect(queryClient.getQueryState(queryKeys.providers())?.error?.message).toBe('Sign-in required');
  });
});
