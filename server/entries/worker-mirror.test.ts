// The mirror on Workers, end to end in workerd: the Worker's window route behind staff auth reads each
// provider's Durable Object, whose store is the object's SQLite storage and whose sync engine runs on
// alarms, against the sandbox on loopback. Real time: the sandbox is small, so the first sync takes a
// few alarms.
import { Miniflare, Response as MfResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorWindowPath } from '../../contract/api-paths.ts';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { windowResponseSchema, type WindowResponse } from '../../contract/window-response.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../sandbox/start-servers.ts';
import { startTestIdentityProvider, type TestIdentityProvider } from '../proxy/test-support/jwks-server.ts';
import {
  bundle,
  COMPATIBILITY_DATE,
  loopbackOnly,
  WORKER_ENTRY,
  type Outbound,
} from './test-support/workerd.ts';

const DAY = 86_400_000;
const outbound: Outbound[] = [];
let sandbox: RunningSandbox;
let mf: Miniflare;
let idp: TestIdentityProvider;

beforeAll(async () => {
  const script = await bundle({ entry: WORKER_ENTRY });
  idp = await startTestIdentityProvider();
  sandbox = await startSandboxServers({ ports: [0, 0, 0], size: 120 });
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, sandbox.urls[id]]));
  mf = new Miniflare({
    modules: true,
    script,
    compatibilityDate: COMPATIBILITY_DATE,
    cf: false,
    bindings: {
      ...urls,
      ...SANDBOX_CREDENTIALS,
      APPOINTMENT_ONE_API_KEY: '',
      ...idp.env,
      PUBLIC_HOSTS: 'frontdesk.test',
      RATE_LIMIT_BURST: '1000',
    },
    durableObjects: {
      STAFF_RATE_LIMIT: { className: 'StaffRateLimit', useSQLite: true },
      PROVIDER_MIRROR: { className: 'ProviderMirror', useSQLite: true },
    },
    serviceBindings: { ASSETS: () => new MfResponse('') },
    outboundService: loopbackOnly(outbound),
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
  await sandbox?.close();
  await idp?.close();
});

async function read(provider: string, claims: Record<string, unknown> = {}): Promise<WindowResponse | null> {
  const now = Date.now();
  const response = await mf.dispatchFetch(
    `http://frontdesk.test${mirrorWindowPath(provider as ProviderId, now - 200 * DAY, now + 200 * DAY)}`,
    { headers: { authorization: `Bearer ${await idp.sign(claims)}` } },
  );
  if (response.status === 404) return null;
  const raw = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${raw.slice(0, 500)}`);
  return windowResponseSchema.parse(JSON.parse(raw));
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the mirror in a Durable Object', () => {
  it('the first read starts the alarms; they sync every record into the object’s SQLite', async () => {
    const first = await read('caspen');
    expect(first?.sync.state).toBe('first-sync');
    const ready = await until(
      () => read('caspen'),
      (b) => b?.sync.state === 'ready',
      30_000,
    );
    expect(ready?.sync).toMatchObject({ state: 'ready', error: null });
    expect(ready?.records).toHaveLength(sandbox.sandbox.data.caspen.appointments.length);
    expect(Object.keys(ready?.refs ?? {})).toContain('clients');
    // Every upstream call went to the sandbox on loopback, signed by the same forwarding core.
    expect(outbound.every((o) => o.url.startsWith('http://127.0.0.1:'))).toBe(true);
    // No staff token: nothing is read.
    const anonymous = await mf.dispatchFetch(`http://frontdesk.test${mirrorWindowPath('caspen', 0, DAY)}`);
    expect(anonymous.status).toBe(401);
  });

  it('ONLIVE.SITE syncs by date windows, signed, in its own object', async () => {
    const ready = await until(
      () => read('onlive'),
      (b) => b?.sync.state === 'ready',
      30_000,
    );
    const expected = sandbox.sandbox.data.onlive.appointments.length;
    expect(ready?.records).toHaveLength(expected);
    expect(outbound.some((o) => o.headers.authorization?.startsWith('ONLIVESITE Credential:'))).toBe(true);
  });

  it('a provider without credentials has no mirror', async () => {
    expect(await read('appointment-one')).toBeNull();
  });
});
