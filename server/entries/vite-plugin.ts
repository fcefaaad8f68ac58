// Mounts the proxy app on `/api/*` of the Vite dev server and of `vite preview`; every other path
// stays Vite's. `vite preview` serves the build under the same header policy as `npm start`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { loadEnv, type Plugin, type PreviewServer, type ResolvedConfig, type ViteDevServer } from 'vite';
import { isApiPath } from '../../contract/api-paths.ts';
import { isPrivateBuildFile, siteHeaders } from '../http/security-headers.ts';
import { createProxyApp } from '../proxy/app.ts';
import type { Env } from '../proxy/config.ts';
import { hostList, isLoopbackHost } from '../proxy/env-values.ts';
import { startNodeMirror } from '../mirror/node-mirror.ts';
import { resolveDevUpstreams } from './dev-upstreams.ts';

export interface FrontdeskProxyOptions {
  /** Extra variables over process.env and the `.env` files (tests). */
  env?: Env;
  log?: (line: string) => void;
}

type Next = (error?: unknown) => void;

export function frontdeskProxy(options: FrontdeskProxyOptions = {}): Plugin {
  return {
    name: 'frontdesk-proxy',
    // Vite refuses unknown Host names itself (403); the configured public ones are added to its list.
    config: (user, { mode }) => {
      const parsed = hostList.safeParse(
        envOf(mode, user.envDir || user.root || process.cwd(), options).PUBLIC_HOSTS,
      );
      const hosts = parsed.success ? parsed.data : [];
      if (hosts.length === 0) return;
      const merge = (current: string[] | true | undefined) =>
        current === true ? true : [...(current ?? []), ...hosts];
      return {
        server: { allowedHosts: merge(user.server?.allowedHosts) },
        preview: { allowedHosts: merge(user.preview?.allowedHosts) },
      };
    },
    configureServer: (server) => mount(server, server.config.server.host, options),
    configurePreviewServer: (server) => {
      server.middlewares.use(sitePolicy);
      return mount(server, server.config.preview.host, options);
    },
  };
}

function envOf(mode: string, dir: string, options: FrontdeskProxyOptions): Env {
  return { ...loadEnv(mode, dir, ''), ...process.env, ...options.env };
}

/** The header policy on every preview response, and no source maps or hosting files. */
function sitePolicy(req: IncomingMessage, res: ServerResponse, next: Next): void {
  const path = new URL(req.url ?? '/', 'http://preview').pathname;
  if (isApiPath(path)) return next();
  const ok = !isPrivateBuildFile(path);
  for (const [name, value] of Object.entries(siteHeaders(path, ok))) res.setHeader(name, value);
  if (ok) return next();
  res.statusCode = 404;
  res.end('Not found');
}

async function mount(
  server: ViteDevServer | PreviewServer,
  host: string | boolean | undefined,
  options: FrontdeskProxyOptions,
): Promise<void> {
  const config: ResolvedConfig = server.config;
  const log = options.log ?? ((line: string) => config.logger.info(line));
  const env = envOf(config.mode, config.envDir || config.root, options);
  // Vite's default host is `localhost`; `true` means every interface.
  const loopback = host === undefined || (typeof host === 'string' && isLoopbackHost(host));
  const upstreams = await resolveDevUpstreams(env, { loopback, log });
  const { sandbox } = upstreams;
  if (sandbox) server.httpServer?.once('close', () => void sandbox.close());
  log(upstreams.summary);
  // On the sandbox when there are no credentials: the mirror syncs whatever the proxy reaches.
  const mirror = startNodeMirror({ env, config: upstreams.config, fetch, now: Date.now, log });
  if (mirror) server.httpServer?.once('close', () => void mirror.close());
  const app = createProxyApp({
    config: upstreams.config,
    fetch,
    now: Date.now,
    sandbox: sandbox !== null,
    mirror: mirror?.mirror,
  });
  const listener = getRequestListener(app.fetch);
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (!isApiPath(req.url ?? '')) return next();
    listener(req, res).catch(next);
  });
}
