// The Worker's limits in workerd: vars of any JSON type, the staff rate limit shared by isolates (a
// Durable Object), the Host allow-list, and the body cap on the platform fetch.
import { Miniflare, Response as MfResponse, type WorkerOptions } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '../proxy/test-support/fake-upstream.ts';
import { startTestIdentityProvider, type TestIdentityProvider } from '../proxy/test-support/jwks-server.ts';
import { startOversizedUpstream, type OversizedUpstream } from '../proxy/test-support/oversized-upstream.ts';
import {
  bundle,
  COMPATIBILITY_DATE,
  loopbackOnly,
  WORKER_ENTRY,
  type Outbound,
} from './test-support/workerd.ts';

let idp: TestIdentityProvider;
let upstream: OversizedUpstream;
let script: string;
const outbound: Outbound[] = [];
const running: Miniflare[] = [];

beforeAll(async () => {
  script = await bundle({ entry: WORKER_ENTRY });
  idp = await startTestIdentityProvider();
  upstream = await startOversizedUpstream();
});
afterAll(async () => {
  await Promise.all(running.map((mf) => mf.dispose()));
  await idp?.close();
  await upstream?.close();
});

function workerOptions(name: string, bindings: Record<string, unknown>, objectsIn?: string): WorkerOptions {
  return {
    name,
    modules: true,
    script,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings: { ...TEST_SECRETS, ...idp.env, CASPEN_API_URL: upstream.url, ...bindings },
    durableObjects: {
      STAFF_RATE_LIMIT: { className: 'StaffRateLimit', useSQLite: true, scriptName: objectsIn },
    },
    serviceBindings: {
      ASSETS: () => new MfResponse('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    },
    outboundService: loopbackOnly(outbound),
  };
}

function start(workers: WorkerOptions[]): Miniflare {
  const mf = new Miniflare({ cf: false, workers });
  running.push(mf);
  return mf;
}

const PATH = 'http://frontdesk.test/api/providers';

describe('the Worker in workerd', () => {
  it('reads vars of any JSON type with the same config as Node (a numeric RATE_LIMIT_BURST counts)', async () => {
    const mf = start([
      workerOptions('numeric', {
        RATE_LIMIT_BURST: 2,
        RATE_LIMIT_PER_MINUTE: 1,
        PUBLIC_HOSTS: ['frontdesk.test'],
      }),
    ]);
    const headers = { authorization: `Bearer ${await idp.sign({ sub: 'numeric' })}` };
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await mf.dispatchFetch(PATH, { headers })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('holds one staff rate limit across isolates (a Durable Object per identity)', async () => {
    const limits = { RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '1', PUBLIC_HOSTS: 'frontdesk.test' };
    const mf = start([workerOptions('a', limits), workerOptions('b', limits, 'a')]);
    const [a, b] = [await mf.getWorker('a'), await mf.getWorker('b')];
    const alice = { authorization: `Bearer ${await idp.sign({ sub: 'alice' })}` };
    const bob = { authorization: `Bearer ${await idp.sign({ sub: 'bob' })}` };
    const statuses = [];
    for (const isolate of [a, b, a, b, a, b])
      statuses.push((await isolate.fetch(PATH, { headers: alice })).status);
    // Per-isolate buckets would have let all six through.
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    expect((await b.fetch(PATH, { headers: bob })).status).toBe(200);
  });

  it('refuses a foreign Host name on every path with 421, before any routing', async () => {
    const mf = start([workerOptions('hosts', { PUBLIC_HOSTS: 'frontdesk.test' })]);
    const token = await idp.sign();
    for (const path of ['/api/providers', '/api/providers/caspen/appointments', '/', '/appointments']) {
      const response = await mf.dispatchFetch(`http://attacker.example${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status, path).toBe(421);
      expect(await response.json()).toMatchObject({ code: 'forbidden', status: 421 });
    }
    expect((await mf.dispatchFetch('http://127.0.0.1/')).status).toBe(200);
  });

  it('refuses 200 MB from a provider with 502 after reading about the cap', async () => {
    const mf = start([workerOptions('cap', { PUBLIC_HOSTS: 'frontdesk.test' })]);
    upstream.mode = 'streamed';
    const response = await mf.dispatchFetch('http://frontdesk.test/api/providers/caspen/appointments', {
      headers: { authorization: `Bearer ${await idp.sign()}` },
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      code: 'bad-gateway',
      message: /larger than the proxy accepts/,
    });
    expect(upstream.sent()).toBeLessThan(40 * 1024 * 1024);
  });
});
