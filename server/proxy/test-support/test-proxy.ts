// Builds the real proxy app around a recording fetch, configured the way the entries configure it.
import { createProxyApp, type ProxyApp } from '../app.ts';
import { loadProxyConfig, type Env } from '../config.ts';
import {
  recordingFetch,
  TEST_PUBLIC_HOST,
  TEST_SECRETS,
  TEST_UPSTREAMS,
  type Script,
} from './fake-upstream.ts';

export interface TestProxy {
  app: ProxyApp;
  calls: ReturnType<typeof recordingFetch>['calls'];
  logs: string[];
}

export function testProxy(
  options: {
    env?: Env;
    script?: Script;
    now?: () => number;
    loopback?: boolean;
    /** Requests to URLs under this prefix (a loopback JWKS) use the real fetch and are not recorded. */
    realFetchPrefix?: string;
  } = {},
): TestProxy {
  const recorder = recordingFetch(options.script);
  const logs: string[] = [];
  const config = loadProxyConfig(
    { ...TEST_SECRETS, ...TEST_UPSTREAMS, PUBLIC_HOSTS: TEST_PUBLIC_HOST, ...options.env },
    { loopback: options.loopback ?? true },
  );
  const app = createProxyApp({
    config,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const real = options.realFetchPrefix !== undefined && url.startsWith(options.realFetchPrefix);
      return real ? fetch(input, init) : recorder.fetch(input, init);
    },
    now: options.now ?? Date.now,
    log: (line) => logs.push(line),
  });
  return { app, calls: recorder.calls, logs };
}
