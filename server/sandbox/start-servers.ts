import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from './create-sandbox.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { SANDBOX_FAKES } from './registry.ts';

/** Where `npm run sandbox` listens unless SANDBOX_PORTS says otherwise, in PROVIDER_IDS order. */
export const SANDBOX_DEFAULT_PORTS: readonly number[] = PROVIDER_IDS.map(
  (id) => SANDBOX_FAKES[id].defaultPort,
);
/** Each fake serves its provider's API under the real base path, e.g. `/v1`. */
export const SANDBOX_BASE_PATHS = Object.fromEntries(
  PROVIDER_IDS.map((id) => [id, new URL(SERVER_PROVIDERS[id].manifest.defaultUrl).pathname]),
) as Record<ProviderId, string>;
const HOST = '127.0.0.1';

export interface StartSandboxOptions extends SandboxOptions {
  /** One per provider in PROVIDER_IDS order; 0 = ephemeral. Default: each fake's own port. */
  ports?: readonly number[];
  /** Loopback only, always. */
  host?: '127.0.0.1';
}

export interface RunningSandbox {
  sandbox: Sandbox;
  /** Provider base URLs, e.g. `http://127.0.0.1:4101/v1`. */
  urls: Record<ProviderId, string>;
  /** Ends hanging requests, closes every socket and server. */
  close(): Promise<void>;
}

/** Serves every sandbox app on 127.0.0.1; rejects (having closed what it opened) if a port is taken. */
export async function startSandboxServers(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = createSandbox(options);
  const ports = options.ports ?? SANDBOX_DEFAULT_PORTS;
  const servers: Server[] = [];
  const close = () => Promise.all(servers.map(stop)).then(() => undefined);
  const urls = {} as Record<ProviderId, string>;
  try {
    for (const [i, provider] of PROVIDER_IDS.entries()) {
      const server = await listen(sandbox.apps[provider], ports[i] ?? 0, provider);
      servers.push(server);
      urls[provider] =
        `http://${HOST}:${(server.address() as AddressInfo).port}${SANDBOX_BASE_PATHS[provider]}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { sandbox, urls, close };
}

function listen(app: Hono, port: number, provider: ProviderId): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const taken = error.code === 'EADDRINUSE';
      reject(
        taken
          ? new Error(`sandbox ${provider}: port ${port} on ${HOST} is already in use`, { cause: error })
          : error,
      );
    });
    server.listen(port, HOST, () => resolve(server));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Hanging requests (the `hang` fault) end when their sockets close: their signals abort.
    server.closeAllConnections();
  });
}
