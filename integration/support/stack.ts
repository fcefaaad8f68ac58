// The whole request path in one process, as in production but without sockets:
// adapter (src/) -> browser fetch -> proxy app (server/proxy) -> upstream fetch -> sandbox app (server/sandbox).
// Upstream URLs are loopback addresses that are never dialled: the upstream fetch hands each request to
// the matching in-process sandbox app, and refuses anything else.
import { createProxyApp, type ProxyApp } from '../../server/proxy/app.ts';
import { loadProxyConfig } from '../../server/proxy/config.ts';
import { SERVER_PROVIDERS } from '../../server/providers/registry.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../server/sandbox/create-sandbox.ts';
import { SANDBOX_CREDENTIALS } from '../../server/sandbox/credentials.ts';
import { SANDBOX_FAKES } from '../../server/sandbox/registry.ts';
import { SANDBOX_BASE_PATHS } from '../../server/sandbox/start-servers.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { ProviderAdapter } from '../../src/providers/contract.ts';
import { createAdapters } from '../../src/providers/registry.ts';
import { sleep as realSleep } from '../../src/providers/sleep.ts';

const byProvider = <T>(value: (id: ProviderId) => T) =>
  Object.fromEntries(PROVIDER_IDS.map((id) => [id, value(id)])) as Record<ProviderId, T>;

const ORIGINS = byProvider((id) => `http://127.0.0.1:${SANDBOX_FAKES[id].defaultPort}`);
/** Where the proxy is told each provider lives: the fake's loopback origin and its API base path. */
export const API_URLS = byProvider((id) => `${ORIGINS[id]}${SANDBOX_BASE_PATHS[id]}`);

export interface Clock {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Time that passes only when someone sleeps: minutes of rate-limit pacing in milliseconds of test. */
export function virtualClock(startMs: number): Clock & { slept: number[] } {
  let now = startMs;
  const slept: number[] = [];
  return {
    now: () => now,
    slept,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      slept.push(ms);
      now += Math.max(0, ms);
    },
  };
}

export interface UpstreamCall {
  provider: ProviderId;
  url: URL;
  status: number;
}

export interface StackOptions {
  sandbox?: SandboxOptions;
  clock?: Clock;
  /** Extra proxy environment, e.g. a credential variable set to `''` to disable its provider. */
  env?: Record<string, string | undefined>;
  /** Answers an upstream request instead of the sandbox (a failing reference endpoint, say). */
  intercept?: (provider: ProviderId, url: URL) => Response | Promise<Response | undefined> | undefined;
}

export interface Stack {
  sandbox: Sandbox;
  proxy: ProxyApp;
  /** What the browser's `window.fetch` would be: same-origin requests into the proxy. */
  fetch: typeof fetch;
  adapters: Record<ProviderId, ProviderAdapter>;
  clock: Clock;
  upstreamCalls: UpstreamCall[];
  /** Most upstream requests in flight at once, per provider. */
  peakInFlight: Record<ProviderId, number>;
}

export function createStack(options: StackOptions = {}): Stack {
  const clock = options.clock ?? { now: Date.now, sleep: realSleep };
  const sandbox = createSandbox({ clock: clock.now, ...options.sandbox });
  const upstreamCalls: UpstreamCall[] = [];
  const inFlight = zeroes();
  const peakInFlight = zeroes();

  const upstreamFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const provider = PROVIDER_IDS.find((id) => ORIGINS[id] === url.origin);
    if (provider === undefined) throw new TypeError(`stack: ${url.origin} is not an in-process upstream`);
    inFlight[provider] += 1;
    peakInFlight[provider] = Math.max(peakInFlight[provider], inFlight[provider]);
    try {
      const response =
        (await options.intercept?.(provider, url)) ?? (await sandbox.apps[provider].fetch(request));
      upstreamCalls.push({ provider, url, status: response.status });
      return response;
    } finally {
      inFlight[provider] -= 1;
    }
  };

  const env = {
    AUTH_MODE: 'off',
    ...Object.fromEntries(PROVIDER_IDS.map((id) => [SERVER_PROVIDERS[id].manifest.env.url, API_URLS[id]])),
    ...SANDBOX_CREDENTIALS,
    ...options.env,
  };
  const config = loadProxyConfig(env, { loopback: true });
  const proxy = createProxyApp({ config, fetch: upstreamFetch, now: clock.now, sandbox: true });
  const browserFetch: typeof fetch = (input, init) =>
    Promise.resolve(proxy.request(input instanceof Request ? input : String(input), init));
  const adapters = createAdapters({ fetch: browserFetch, now: clock.now, sleep: clock.sleep });
  return { sandbox, proxy, fetch: browserFetch, adapters, clock, upstreamCalls, peakInFlight };
}

function zeroes(): Record<ProviderId, number> {
  return byProvider(() => 0);
}

/** The upstream calls to one provider's collection (`appointments`, `event`, ...). */
export function callsTo(stack: Stack, provider: ProviderId, collection: string): UpstreamCall[] {
  const prefix = `${SANDBOX_BASE_PATHS[provider]}/${collection}`;
  return stack.upstreamCalls.filter(
    (c) => c.provider === provider && (c.url.pathname === prefix || c.url.pathname.startsWith(`${prefix}/`)),
  );
}
