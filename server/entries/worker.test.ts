// The Worker entry in workerd: bundled with esbuild, run by Miniflare with no network but loopback
// (every outbound fetch goes through `outboundService` below, which refuses anything else).
import { Miniflare, Response as MfResponse, type Request as MfRequest } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vectors from '../providers/onlive/fixtures/signing-vectors.json' with { type: 'json' };
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { startTestIdentityProvider, type TestIdentityProvider } from '../proxy/test-support/jwks-server.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../sandbox/start-servers.ts';
import {
  bundle,
  COMPATIBILITY_DATE,
  loopbackOnly,
  WORKER_ENTRY,
  type Outbound,
} from './test-support/workerd.ts';

const outbound: Outbound[] = [];

let sandbox: RunningSandbox;
let idp: TestIdentityProvider;
let mf: Miniflare;
let workerScript: string;

function worker(bindings: Record<string, unknown>): Miniflare {
  return new Miniflare({
    modules: true,
    script: workerScript,
    compatibilityDate: COMPATIBILITY_DATE,
    cf: false,
    bindings,
    durableObjects: { STAFF_RATE_LIMIT: { className: 'StaffRateLimit', useSQLite: true } },
    serviceBindings: {
      ASSETS: (request: MfRequest) => new MfResponse(`asset ${new URL(request.url).pathname}`),
    },
    outboundService: loopbackOnly(outbound),
  });
}

beforeAll(async () => {
  workerScript = await bundle({ entry: WORKER_ENTRY });
  sandbox = await startSandboxServers({ ports: [0, 0, 0], size: 60 });
  idp = await startTestIdentityProvider();
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, sandbox.urls[id]]));
  mf = worker({
    ...urls,
    ...SANDBOX_CREDENTIALS,
    ...idp.env,
    PUBLIC_HOSTS: 'frontdesk.test',
    RATE_LIMIT_BURST: '1000',
  });
  await mf.ready;
});
afterAll(async () => {
  await mf?.dispose();
  await sandbox?.close();
  await idp?.close();
});

const sandboxCalls = () => outbound.filter((o) => !o.url.startsWith(idp.jwksUrl));
const bearer = async (claims = {}) => ({ authorization: `Bearer ${await idp.sign(claims)}` });

describe('ONLIVE.SITE signing in workerd', () => {
  it('reproduces every golden vector', async () => {
    const script = await bundle({
      contents: `
        import vectors from './server/providers/onlive/fixtures/signing-vectors.json';
        import { canonicalRequest, stringToSign } from './server/providers/onlive/canonical.ts';
        import { signOnlive } from './server/providers/onlive/signer.ts';
        export default { async fetch() {
          const out = [];
          for (const v of vectors) {
            const parts = { method: v.method, path: v.path, query: v.query, host: v.host, date: v.date };
            const canonical = await canonicalRequest(parts);
            const signed = await signOnlive(parts, { accessKeyId: v.accessKeyId, secret: v.secret });
            out.push({ canonicalRequest: canonical, stringToSign: await stringToSign(v.date, canonical),
              signature: signed.signature, authorization: signed.authorization });
          }
          return Response.json(out);
        } };`,
    });
    const vectorWorker = new Miniflare({
      modules: true,
      script,
      compatibilityDate: COMPATIBILITY_DATE,
      cf: false,
    });
    try {
      const results = await (await vectorWorker.dispatchFetch('http://vectors.test/')).json();
      expect(results).toEqual(
        vectors.map((v) => ({
          canonicalRequest: v.canonicalRequest,
          stringToSign: v.stringToSign,
          signature: v.signature,
          authorization: v.authorization,
        })),
      );
    } finally {
      await vectorWorker.dispose();
    }
  });

  it('signs requests that a real sandbox ONLIVE.SITE server on loopback accepts', async () => {
    outbound.length = 0;
    const response = await mf.dispatchFetch(
      'http://frontdesk.test/api/providers/onlive/appointments?page=1&limit=5',
      {
        headers: await bearer(),
      },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(5);
    const [call] = sandboxCalls();
    expect(call?.url).toBe(`${sandbox.urls.onlive}/appointments?page=1&limit=5`);
    expect(call?.headers.authorization).toMatch(
      /^ONLIVESITE Credential:AKSANDBOXONLIVE01, Signature=[0-9a-f]{64}$/,
    );
  });

  it('rewrites Caspen links so the next page is fetched through the Worker', async () => {
    const first = await mf.dispatchFetch('http://frontdesk.test/api/providers/caspen/appointments?limit=50', {
      headers: await bearer(),
    });
    const next = ((await first.json()) as { links: { next: string } }).links.next;
    expect(next).toMatch(/^\/api\/providers\/caspen\/appointments\?cursor=/);
    const second = await mf.dispatchFetch(`http://frontdesk.test${next}`, { headers: await bearer() });
    expect(second.status).toBe(200);
  });
});

describe('staff JWT matrix in workerd', () => {
  const PATH = 'http://frontdesk.test/api/providers/caspen/appointments?limit=1';
  const nowS = () => Math.floor(Date.now() / 1000);

  it.each([
    ['header', async () => ({ 'cf-access-jwt-assertion': await idp.sign() })],
    ['cookie', async () => ({ cookie: `CF_Authorization=${await idp.sign()}` })],
    ['bearer', () => bearer()],
  ])('accepts a valid token (%s)', async (_form, headers) => {
    expect((await mf.dispatchFetch(PATH, { headers: await headers() })).status).toBe(200);
  });

  it.each([
    ['expired', () => idp.sign({ exp: nowS() - 120 })],
    ['not yet valid', () => idp.sign({ nbf: nowS() + 300 })],
    ['wrong issuer', () => idp.sign({ iss: 'https://evil.example' })],
    ['wrong audience', () => idp.sign({ aud: 'other' })],
    ['bad signature', () => idp.sign({}, { key: 'foreign' })],
    ['alg none', async () => idp.unsigned()],
    ['missing', async () => null],
  ])('refuses a token that is %s with 401 and contacts no provider', async (_case, token) => {
    outbound.length = 0;
    const value = await token();
    const response = await mf.dispatchFetch(PATH, {
      headers: value === null ? {} : { authorization: `Bearer ${value}` },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'unauthenticated' });
    expect(sandboxCalls()).toEqual([]);
  });
});

describe('header hygiene and the allow-list in workerd', () => {
  it('sends no caller header upstream and returns only safe headers', async () => {
    outbound.length = 0;
    const response = await mf.dispatchFetch(
      'http://frontdesk.test/api/providers/appointment-one/appointment',
      {
        headers: {
          'cf-access-jwt-assertion': await idp.sign(),
          cookie: 'session=abc',
          'x-forwarded-for': '203.0.113.9',
        },
      },
    );
    expect(response.status).toBe(200);
    const [call] = sandboxCalls();
    // workerd itself adds `host` and `cf-worker` to every subrequest.
    const sent = Object.keys(call!.headers).filter((name) => !['host', 'cf-worker'].includes(name));
    expect(sent.sort()).toEqual(['accept', 'authorization', 'content-type', 'user-agent']);
    expect(call!.headers.authorization).toBe(SANDBOX_CREDENTIALS.APPOINTMENT_ONE_API_KEY);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('set-cookie')).toBeNull();
    const text = await response.text();
    for (const secret of Object.values(SANDBOX_CREDENTIALS)) expect(text).not.toContain(secret);
  });

  it.each([
    ['GET', '/api/providers/caspen/admin', 404],
    ['GET', '/api/providers/caspen/appointments/%252e%252e', 400],
    ['GET', '/api/providers/caspen/appointments?url=https://evil.example', 400],
    ['GET', '/api/providers/nope/appointments', 404],
    ['DELETE', '/api/providers/caspen/appointments/app_1', 405],
  ])('refuses %s %s with %i and never contacts the provider', async (method, path, status) => {
    outbound.length = 0;
    const response = await mf.dispatchFetch(`http://frontdesk.test${path}`, {
      method,
      headers: await bearer(),
    });
    expect(response.status).toBe(status);
    expect(sandboxCalls()).toEqual([]);
  });

  it('leaves non-API paths to the static assets', async () => {
    expect(await (await mf.dispatchFetch('http://frontdesk.test/appointments')).text()).toBe(
      'asset /appointments',
    );
  });

  it('answers 500 without details when the Worker is misconfigured', async () => {
    const broken = worker({ AUTH_MODE: 'off', CASPEN_API_TOKEN: 'x-secret-token' });
    try {
      const response = await broken.dispatchFetch('http://frontdesk.test/api/providers');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).toContain('not configured');
      expect(text).not.toContain('x-secret-token');
    } finally {
      await broken.dispose();
    }
  });
});
