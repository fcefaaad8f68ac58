// Development upstreams: with no provider credentials at all, `npm run dev` runs against the sandbox,
// started on loopback and wired in through the same environment variables a real deployment uses.
import { PROVIDER_IDS, PROVIDER_LABELS } from '../../src/domain/provider.ts';
import { loadProxyConfig, type Env, type ProxyConfig } from '../proxy/config.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../sandbox/start-servers.ts';

export const DEFAULT_SANDBOX_PORTS: [number, number, number] = [4101, 4102, 4103];

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

/** `SANDBOX_PORTS=4101,4102,4103` (Caspen, Appointment.one, ONLIVE.SITE); 0 means ephemeral. */
export function parseSandboxPorts(value: string | undefined): [number, number, number] {
  if (value === undefined || value.trim() === '') return DEFAULT_SANDBOX_PORTS;
  const ports = value.split(',').map((p) => (/^\s*\d{1,5}\s*$/.test(p) ? Number(p) : Number.NaN));
  if (ports.length !== 3 || ports.some((p) => !(p >= 0 && p <= 65_535)))
    throw new Error('SANDBOX_PORTS must be three port numbers separated by commas, e.g. 4101,4102,4103');
  return ports as [number, number, number];
}

export async function resolveDevUpstreams(
  env: Env,
  options: { loopback: boolean; log: (line: string) => void },
): Promise<DevUpstreams> {
  if (hasAnyCredential(env)) {
    const config = loadProxyConfig(env, options);
    return { config, sandbox: null, summary: summarise(config, false) };
  }
  const sandbox = await startSandbox(parseSandboxPorts(env.SANDBOX_PORTS), options.log);
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
  ports: [number, number, number],
  log: (line: string) => void,
): Promise<RunningSandbox> {
  try {
    return await startSandboxServers({ ports, host: '127.0.0.1' });
  } catch (error) {
    if (!/already in use/.test(String((error as Error).message))) throw error;
    log(`[frontdesk] sandbox ports ${ports.join(',')} are busy; using ephemeral ports instead`);
    return startSandboxServers({ ports: [0, 0, 0], host: '127.0.0.1' });
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
