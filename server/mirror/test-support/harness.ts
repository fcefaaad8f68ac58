// The mirror against the in-process sandbox with a manual clock: engines call the proxy's forwarding
// core, whose upstream fetch hands each request to the matching sandbox app (nothing is dialled).
// Time moves only when the harness moves it, to the instant an engine asked to run again.
import { PROVIDER_IDS, type ProviderId } from '../../../contract/providers.ts';
import { loadProxyConfig, type ProxyConfig } from '../../proxy/config.ts';
import type { UpstreamFetch } from '../../proxy/upstream-call.ts';
import { SANDBOX_CREDENTIALS } from '../../sandbox/credentials.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/create-sandbox.ts';
import { SANDBOX_BASE_PATHS } from '../../sandbox/start-servers.ts';
import { createSyncEngine, type EngineOptions, type SyncEngine } from '../engine.ts';
import type { MirrorStore } from '../store.ts';
import { SERVER_PROVIDERS } from '../../providers/registry.ts';
import { createForwardUpstream, type MirrorUpstream } from '../upstream.ts';

export const SANDBOX_ORIGINS: Record<ProviderId, string> = {
  caspen: 'http://127.0.0.1:4101',
  'appointment-one': 'http://127.0.0.1:4102',
  onlive: 'http://127.0.0.1:4103',
};

export interface ManualClock {
  now: () => number;
  set: (ms: number) => void;
}

export function manualClock(startMs: number): ManualClock {
  let now = startMs;
  return { now: () => now, set: (ms) => void (now = ms) };
}

export interface SandboxRequest {
  provider: ProviderId;
  atMs: number;
  path: string;
  status: number;
}

export interface Harness {
  clock: ManualClock;
  sandbox: Sandbox;
  config: ProxyConfig;
  requests: SandboxRequest[];
  /** The upstream client the harness gives the forwarding core (to the sandbox). */
  fetch: UpstreamFetch;
  /** Replaces the sandbox for one provider while set (a hanging request, say). */
  intercept: { current: ((provider: ProviderId, url: URL) => Promise<Response> | undefined) | null };
  upstream(provider: ProviderId): MirrorUpstream;
  engine(provider: ProviderId, store: MirrorStore, options?: EngineOptions): SyncEngine;
}

export function createHarness(options: { startMs: number; sandbox?: SandboxOptions }): Harness {
  const clock = manualClock(options.startMs);
  const sandbox = createSandbox({ clock: clock.now, anchorMs: options.startMs, ...options.sandbox });
  const requests: SandboxRequest[] = [];
  const intercept: Harness['intercept'] = { current: null };
  const fetchUpstream: UpstreamFetch = async (url, init) => {
    const parsed = new URL(url);
    const provider = PROVIDER_IDS.find((id) => SANDBOX_ORIGINS[id] === parsed.origin);
    if (provider === undefined)
      throw new TypeError(`harness: ${parsed.origin} is not an in-process upstream`);
    const response =
      (await intercept.current?.(provider, parsed)) ??
      (await sandbox.apps[provider].request(url, { method: init.method, headers: init.headers }));
    requests.push({
      provider,
      atMs: clock.now(),
      path: `${parsed.pathname}${parsed.search}`,
      status: response.status,
    });
    return response;
  };
  const config = loadProxyConfig(
    {
      AUTH_MODE: 'off',
      ...SANDBOX_CREDENTIALS,
      ...Object.fromEntries(
        PROVIDER_IDS.map((id) => [urlVar(id), `${SANDBOX_ORIGINS[id]}${SANDBOX_BASE_PATHS[id]}`]),
      ),
    },
    { loopback: true },
  );
  const upstream = (provider: ProviderId) =>
    createForwardUpstream(provider, { config, fetch: fetchUpstream, now: clock.now });
  return {
    clock,
    sandbox,
    config,
    requests,
    fetch: fetchUpstream,
    intercept,
    upstream,
    engine: (provider, store, engineOptions) =>
      createSyncEngine({
        strategy: SERVER_PROVIDERS[provider].sync,
        store,
        upstream: upstream(provider),
        now: clock.now,
        options: engineOptions,
      }),
  };
}

function urlVar(id: ProviderId): string {
  return { caspen: 'CASPEN_API_URL', 'appointment-one': 'APPOINTMENT_ONE_API_URL', onlive: 'ONLIVE_API_URL' }[
    id
  ];
}

/** Runs one engine until it wants to run after `untilMs`; the clock ends at `untilMs`. */
export async function runUntil(
  clock: ManualClock,
  engine: SyncEngine,
  untilMs: number,
  maxSteps = 100_000,
): Promise<void> {
  for (let steps = 0; steps < maxSteps; steps += 1) {
    const next = await engine.tick();
    if (next > untilMs) {
      clock.set(untilMs);
      return;
    }
    clock.set(Math.max(clock.now(), next));
  }
  throw new Error('runUntil: too many steps');
}

/** Runs until `done()` holds, failing after `maxMs` of simulated time. */
export async function runWhile(
  clock: ManualClock,
  engine: SyncEngine,
  busy: () => boolean,
  maxMs: number,
): Promise<void> {
  const limit = clock.now() + maxMs;
  while (busy()) {
    if (clock.now() > limit) throw new Error('runWhile: still busy after the time allowed');
    const next = await engine.tick();
    clock.set(Math.max(clock.now(), Math.min(next, limit + 1)));
  }
}
