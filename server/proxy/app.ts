// The signing proxy as one runtime-agnostic Hono app (Request -> Response). Vite dev/preview, the
// Node server and the Cloudflare Worker all run this same app; fetch and clock are injected.
import { Hono } from 'hono';
import { PROVIDER_IDS, PROVIDER_LABELS, isProviderId, type ProviderId } from '../../contract/providers.ts';
import { configuredSecrets, type ProxyConfig } from './config.ts';
import { errorBody, ProxyRefusal } from './errors.ts';
import { forwardRequest } from './forward.ts';
import { hostCheck } from './host-check.ts';
import { refuseRequestBodies } from './request-framing.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { PROVIDERS_PATH } from '../../contract/api-paths.ts';
import type { ProvidersResponse } from '../../contract/providers-response.ts';
import { createResponder } from './respond.ts';
import { createStaffAuthenticator, type StaffIdentity } from './staff-auth.ts';
import type { UpstreamFetch } from './upstream-call.ts';
import { MIRROR_PATH } from '../../contract/api-paths.ts';
import type { MirrorReader } from '../mirror/mirror.ts';
import { createMirrorRoutes } from '../mirror/routes.ts';

export interface ProxyDeps {
  config: ProxyConfig;
  /** Used for the JWKS, and for upstream calls unless `upstreamFetch` is given. */
  fetch: typeof fetch;
  /** Upstream calls only: the Node server's node:http client. */
  upstreamFetch?: UpstreamFetch;
  now: () => number;
  /** True when the upstreams are the local sandbox; reported by `GET /api/providers`. */
  sandbox?: boolean;
  /** Where the staff rate-limit buckets live; default: in memory (per process). */
  rateLimiter?: RateLimiter;
  /** Receives one line per request: method, route template, status, duration. Never ids, queries or tokens. */
  log?: (line: string) => void;
  /** The provider mirror the window routes read (`/api/mirror/...`); none: those routes answer 404. */
  mirror?: MirrorReader;
}

/** What the middleware hands on to the routes, through Hono's typed context. */
export interface ProxyVariables {
  staff: StaffIdentity;
  /** The provider named by the route, for error bodies; null when the path names none. */
  provider: ProviderId | null;
  /** Route template for the request log, without ids or query values. */
  route: string;
}

export type ProxyApp = Hono<{ Variables: ProxyVariables }>;

const PROVIDER_ROUTE = `${PROVIDERS_PATH}/:provider/*`;

export function createProxyApp(deps: ProxyDeps): ProxyApp {
  const app: ProxyApp = new Hono();
  const authenticate = createStaffAuthenticator(deps.config.auth, deps);
  const takeToken = deps.rateLimiter ?? createRateLimiter(deps.config.rateLimit, deps.now);
  const respond = createResponder(configuredSecrets(deps.config));
  const forwardDeps = { config: deps.config, fetch: deps.upstreamFetch ?? deps.fetch, now: deps.now };

  app.use('*', async (c, next) => {
    const started = deps.now();
    c.set('provider', null);
    c.set('route', 'unmatched');
    await next();
    deps.log?.(`${c.req.method} ${c.var.route} ${c.res.status} ${deps.now() - started}ms`);
  });

  app.use(PROVIDER_ROUTE, async (c, next) => {
    const provider = c.req.param('provider');
    c.set('provider', isProviderId(provider) ? provider : null);
    await next();
  });

  app.use('*', hostCheck(deps.config.publicHosts));
  app.use('/api/*', refuseRequestBodies());

  app.use('/api/*', async (c, next) => {
    const identity = await authenticate(c.req.raw.headers);
    const decision = await takeToken(identity.subject);
    if (!decision.ok)
      throw new ProxyRefusal(
        429,
        'rate-limited',
        'Too many requests; try again shortly',
        decision.retryAfterSeconds,
      );
    c.set('staff', identity);
    await next();
  });

  app.get(PROVIDERS_PATH, (c) => {
    c.set('route', 'providers');
    const body: ProvidersResponse = {
      sandbox: deps.sandbox ?? false,
      providers: PROVIDER_IDS.map((id) => {
        const enabled = deps.config.providers[id].credentials !== null && c.var.staff.providers.includes(id);
        // A mirror syncs every provider with credentials: the browser then reads windows, never pages.
        return { id, label: PROVIDER_LABELS[id], enabled, mirrored: enabled && deps.mirror !== undefined };
      }),
    };
    return respond(200, body);
  });

  app.all(PROVIDER_ROUTE, async (c) => {
    c.set('route', 'forward');
    // The raw request line, not the decoded route params: the guard in forward refuses what decoding hides.
    const result = await forwardRequest(c.req.raw, c.var.staff, forwardDeps);
    c.set('route', result.label);
    return respond(result.status, result.body, result.headers);
  });

  const forward = (url: string, staff: StaffIdentity) =>
    forwardRequest({ method: 'GET', url }, staff, forwardDeps);
  if (deps.mirror) app.route(MIRROR_PATH, createMirrorRoutes({ reader: deps.mirror, respond, forward }));

  app.all('*', () => {
    throw new ProxyRefusal(404, 'not-found', 'Unknown API path');
  });

  app.onError((error, c) => {
    const provider = c.var.provider ?? null;
    if (!(error instanceof ProxyRefusal)) {
      deps.log?.(`proxy error: ${error.name}`);
      return respond(500, errorBody(provider, 500, 'upstream', 'The proxy failed to handle this request'));
    }
    const headers: Record<string, string> = {};
    if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
    if (error.code === 'method-not-allowed') headers.allow = 'GET';
    if (error.status === 401) headers['www-authenticate'] = 'Bearer';
    return respond(
      error.status,
      errorBody(provider, error.status, error.code, error.message, error.retryAfter),
      headers,
    );
  });

  return app;
}
