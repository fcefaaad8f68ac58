// Mounts the proxy app on `/api/*` of the Vite dev server and of `vite preview`; every other path
// stays Vite's. No proxy logic lives here.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { loadEnv, type Plugin, type PreviewServer, type ResolvedConfig, type ViteDevServer } from 'vite';
import { createProxyApp } from '../proxy/app.ts';
import type { Env } from '../proxy/config.ts';
import { isLoopbackHost } from '../proxy/env-values.ts';
import { isApiPath } from '../../contract/api-paths.ts';
import { resolveDevUpstreams } from './dev-upstreams.ts';

export interface FrontdeskProxyOptions {
  /** Extra variables over process.env and the `.env` files (tests). */
  env?: Env;
  log?: (line: string) => void;
}

export function frontdeskProxy(options: FrontdeskProxyOptions = {}): Plugin {
  return {
    name: 'frontdesk-proxy',
    configureServer: (server) => mount(server, server.config.server.host, options),
    configurePreviewServer: (server) => mount(server, server.config.preview.host, options),
  };
}

async function mount(
  server: ViteDevServer | PreviewServer,
  host: string | boolean | undefined,
  options: FrontdeskProxyOptions,
): Promise<void> {
  const config: ResolvedConfig = server.config;
  const log = options.log ?? ((line: string) => config.logger.info(line));
  const env: Env = {
    ...loadEnv(config.mode, config.envDir || config.root, ''),
    ...process.env,
    ...options.env,
  };
  // Vite's default host is `localhost`; `true` means every interface.
  const loopback = host === undefined || (typeof host === 'string' && isLoopbackHost(host));
  const upstreams = await resolveDevUpstreams(env, { loopback, log });
  const { sandbox } = upstreams;
  if (sandbox) server.httpServer?.once('close', () => void sandbox.close());
  log(upstreams.summary);
  const app = createProxyApp({ config: upstreams.config, fetch, now: Date.now, sandbox: sandbox !== null });
  const listener = getRequestListener(app.fetch);
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    if (!isApiPath(req.url ?? '')) return next();
    listener(req, res).catch(next);
  });
}
