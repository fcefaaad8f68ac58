// The mirror's Durable Object in workerd: one object per provider, its store in the object's SQLite
// storage, its sync engine driven by alarms, against the sandbox on loopback. Real time: the sandbox
// is small, so the first sync takes a few alarms.
import { Miniflare, Response as MfResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { windowResponseSchema, type WindowResponse } from '../../contract/window-response.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../sandbox/start-servers.ts';
import { bundle, COMPATIBILITY_DATE, loopbackOnly, type Outbound } from './test-support/workerd.ts';

// A Worker that reads windows the way the proxy's window route does: through the object of each provider.
const ENTRY = `
import { durableMirrorReader, ProviderMirror } from './server/entries/provider-mirror.ts';
export { ProviderMirror };
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const text = await durableMirrorReader(env.PROVIDER_MIRROR).windowText(
      url.searchParams.get('provider'), Number(url.searchParams.get('from')), Number(url.searchParams.get('to')));
    return new Response(text ?? 'null', { headers: { 'content-type': 'application/json' } });
  },
};
`;

const DAY = 86_400_000;
const outbound: Outbound[] = [];
let sandbox: RunningSandbox;
let mf: Miniflare;

beforeAll(async () => {
  const script = await bundle({ contents: ENTRY });
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
      // The object reads the Worker's whole configuration; staff auth is the route's business, never dialled here.
      AUTH_JWKS_URL: 'https://idp.invalid/certs',
      AUTH_ISSUER: 'https://idp.invalid',
      AUTH_AUDIENCE: 'frontdesk',
      PUBLIC_HOSTS: 'frontdesk.test',
    },
    durableObjects: { PROVIDER_MIRROR: { className: 'ProviderMirror', useSQLite: true } },
    serviceBindings: { ASSETS: () => new MfResponse('') },
    outboundService: loopbackOnly(outbound),
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
  await sandbox?.close();
});

async function read(provider: string): Promise<WindowResponse | null> {
  const now = Date.now();
  const response = await mf.dispatchFetch(
    `http://frontdesk.test/?provider=${provider}&from=${now - 200 * DAY}&to=${now + 200 * DAY}`,
  );
  const raw = await response.text();
  if (!response.ok) throw new Error(raw.slice(0, 500));
  const body: unknown = JSON.parse(raw);
  return body === null ? null : windowResponseSchema.parse(body);
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
