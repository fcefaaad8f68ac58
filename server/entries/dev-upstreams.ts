// Development upstreams: with no provider credentials at all, `npm run dev` runs against the sandbox,
// started on loopback and wired in through the same environment variables a real deployment uses.
import { PROVIDER_IDS, PROVIDER_LABELS } from '../../contract/providers.ts';
import { loadProxyConfig, type Env, type ProxyConfig } from '../proxy/config.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { parseSandboxEnv } from '../sandbox/env.ts';
import {
  SANDBOX_DEFAULT_PORTS,
  startSandboxServers,
  type RunningSandbox,
  type StartSandboxOptions,
} from '../sandbox/start-servers.ts';

export interface DevUpstreams {
  config: ProxyConfig;
  sandbox: RunningSandbox | null;
  /** One line saying which providers are live, sandboxed or disabled. */
  summary: string;
}

export function hasAnyCredential(env: Env): boolean {
  return PROVIDER_IDS.some((id) =>
    UPSTREAMS[id].credentialVars.some((name) => (env[name] ?? '').trim() !== ''),
  );
}

export async function resolveDevUpstreams(
  env: Env,
  options: { loopback: boolean; log: (line: string) => void },
): Promise<DevUpstreams> {
  if (hasAnyCredential(env)) {
    const config = loadProxyConfig(env, options);
    return { config, sandbox: null, summary: summarise(config, false) };
  }
  // The same SANDBOX_* variables as `npm run sandbox` (ports, seed, size, anchor, faults, limits).
  const sandbox = await startSandbox(parseSandboxEnv(env), options.log);
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, sandbox.urls[id]]));
  try {
    const config = loadProxyConfig({ ...env, ...SANDBOX_CREDENTIALS, ...urls }, options);
    return { config, sandbox, summary: summarise(config, true) };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

async function startSandbox(
  options: StartSandboxOptions,
  log: (line: string) => void,
): Promise<RunningSandbox> {
  const ports = options.ports ?? SANDBOX_DEFAULT_PORTS;
  try {
    return await startSandboxServers({ ...options, ports, host: '127.0.0.1' });
  } catch (error) {
    if (!/already in use/.test(String((error as Error).message))) throw error;
    log(`[frontdesk] sandbox ports ${ports.join(',')} are busy; using ephemeral ports instead`);
    return startSandboxServers({ ...options, ports: PROVIDER_IDS.map(() => 0), host: '127.0.0.1' });
  }
}

function summarise(config: ProxyConfig, sandbox: boolean): string {
  const parts = PROVIDER_IDS.map((id) => {
    const { apiUrl, credentials } = config.providers[id];
    const state = credentials === null ? 'disabled (no credentials)' : sandbox ? 'sandboxed' : 'live';
    return `${PROVIDER_LABELS[id]} ${state}${credentials === null ? '' : ` at ${apiUrl}`}`;
  });
  return `[frontdesk] proxy: ${parts.join('; ')}; staff auth ${config.auth.mode}`;
}
