// Cloudflare Worker: wrangler.jsonc runs this Worker first for every path. It refuses foreign Host
// names, answers /api/* with the same proxy app as everywhere else, and serves dist/ (static assets,
// SPA fallback) under the one header policy.
import { isApiPath } from '../../contract/api-paths.ts';
import { isPrivateBuildFile, siteHeaders } from '../http/security-headers.ts';
import { createProxyApp, type ProxyApp } from '../proxy/app.ts';
import { loadProxyConfig } from '../proxy/config.ts';
import { errorBody } from '../proxy/errors.ts';
import { isAllowedRequest, misdirected } from '../proxy/host-check.ts';
import { createResponder } from '../proxy/respond.ts';
import { durableMirrorReader, ProviderMirror } from './provider-mirror.ts';
import { durableRateLimiter, StaffRateLimit } from './staff-rate-limit.ts';

export { ProviderMirror, StaffRateLimit };

interface WorkerEnv {
  ASSETS: Fetcher;
  STAFF_RATE_LIMIT?: DurableObjectNamespace<StaffRateLimit>;
  PROVIDER_MIRROR?: DurableObjectNamespace<ProviderMirror>;
  [name: string]: unknown;
}

interface Built {
  env: WorkerEnv;
  proxy: { app: ProxyApp; publicHosts: readonly string[] } | null;
}

// Built once per isolate and per bindings object, so the JWKS cache persists.
let built: Built | null = null;

function proxyFor(env: WorkerEnv): Built['proxy'] {
  if (built?.env === env) return built.proxy;
  let proxy: Built['proxy'] = null;
  try {
    // Vars of any JSON type go through the same zod config as the Node environment. A Worker cannot
    // know that it is only reachable from loopback: staff authentication is always on.
    const config = loadProxyConfig(env, { loopback: false });
    const app = createProxyApp({
      config,
      fetch: (input, init) => fetch(input, init),
      now: () => Date.now(),
      rateLimiter: env.STAFF_RATE_LIMIT && durableRateLimiter(env.STAFF_RATE_LIMIT, config.rateLimit),
      log: (line) => console.log(line),
      mirror: env.PROVIDER_MIRROR && durableMirrorReader(env.PROVIDER_MIRROR),
    });
    proxy = { app, publicHosts: config.publicHosts };
  } catch (error) {
    // The message names variables, never values; it goes to the Worker's logs, not to the caller.
    console.error(error instanceof Error ? error.message : String(error));
  }
  built = { env, proxy };
  return proxy;
}

const respond = createResponder([]);

async function site(request: Request, env: WorkerEnv, path: string): Promise<Response> {
  const asset = isPrivateBuildFile(path)
    ? new Response('Not found', { status: 404 })
    : await env.ASSETS.fetch(request);
  const response = new Response(asset.body, asset);
  for (const [name, value] of Object.entries(siteHeaders(path, response.ok)))
    response.headers.set(name, value);
  return response;
}

export default {
  async fetch(request, env) {
    const proxy = proxyFor(env);
    if (proxy !== null && !isAllowedRequest(request, proxy.publicHosts)) return misdirected();
    const path = new URL(request.url).pathname;
    if (!isApiPath(path)) return site(request, env, path);
    if (proxy === null)
      return respond(
        500,
        errorBody(null, 500, 'upstream', 'The proxy is not configured; see the Worker logs'),
      );
    return proxy.app.fetch(request);
  },
} satisfies ExportedHandler<WorkerEnv>;
