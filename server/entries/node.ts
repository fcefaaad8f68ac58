// `npm start`: the built app and the proxy on one Node server, 127.0.0.1:8080 unless HOST/PORT say
// otherwise. Configuration errors stop it before it listens.
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProxyApp } from '../proxy/app.ts';
import { loadListenAddress, loadProxyConfig, type Env } from '../proxy/config.ts';
import { startNodeMirror } from '../mirror/node-mirror.ts';
import { createUndiciUpstreamFetch } from './undici-upstream-fetch.ts';
import { createSiteApp } from './static-site.ts';
import { createNodeServer } from '../http/node-http-server.ts';

export interface NodeServerOptions {
  env?: Env;
  /** Default: `dist/` at the repository root. */
  distDir?: string;
  /** Every outgoing call (tests). Default: the platform fetch for the JWKS, undici for upstreams. */
  fetch?: typeof fetch;
  now?: () => number;
  log?: (line: string) => void;
}

export interface RunningNodeServer {
  url: string;
  close(): Promise<void>;
}

export async function startNodeServer(options: NodeServerOptions = {}): Promise<RunningNodeServer> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const listen = loadListenAddress(env);
  const config = loadProxyConfig(env, { loopback: listen.loopback });
  const distDir = options.distDir ?? fileURLToPath(new URL('../../dist', import.meta.url));
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`${distDir}/index.html not found: run \`npm run build\` first`);
  const upstream = options.fetch
    ? null
    : createUndiciUpstreamFetch({ maxBodyBytes: config.bodyLimits.maxBodyBytes });
  const now = options.now ?? Date.now;
  const mirror = startNodeMirror({ env, config, fetch: upstream?.fetch ?? options.fetch ?? fetch, now, log });
  const proxy = createProxyApp({
    config,
    fetch: options.fetch ?? fetch,
    upstreamFetch: upstream?.fetch,
    now,
    log,
    mirror: mirror?.mirror,
  });
  const site = createSiteApp({ proxy, distDir, publicHosts: config.publicHosts });
  const server = createNodeServer(site.fetch);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  const url = `http://${host}:${port}`;
  log(`[frontdesk] serving ${distDir} and the proxy on ${url}; staff auth ${config.auth.mode}`);
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await mirror?.close();
      await upstream?.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Same convenience as Vite: a `.env` in the working directory; real environment variables win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  startNodeServer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
