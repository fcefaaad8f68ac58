// One attack corpus (requests.json), replayed byte for byte against the Node server and the Worker in
// workerd, both with staff auth on and the sandbox behind them. Each request must get the same
// status from both. The only exceptions are requests that workerd's own HTTP server rewrites or
// refuses before any Worker code runs; each says why, and even then the Worker reaches no provider
// path outside the allow-list.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare, Response as MfResponse } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../contract/providers.ts';
import { startNodeServer, type RunningNodeServer } from '../node.ts';
import {
  bundle,
  COMPATIBILITY_DATE,
  loopbackOnly,
  WORKER_ENTRY,
  type Outbound,
} from '../test-support/workerd.ts';
import { SANDBOX_CREDENTIALS } from '../../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../../sandbox/start-servers.ts';
import {
  startTestIdentityProvider,
  type TestIdentityProvider,
} from '../../proxy/test-support/jwks-server.ts';
import { UPSTREAMS } from '../../proxy/upstreams.ts';
import corpus from './requests.json' with { type: 'json' };
import { rawStatus } from './raw-http.ts';

interface Case {
  name: string;
  request: string;
  status: number;
  workerd?: { status: number; because: string };
}
const CASES = corpus as Case[];
const HOST = 'frontdesk.test';

let dist: string;
let sandbox: RunningSandbox;
let idp: TestIdentityProvider;
let node: RunningNodeServer;
let mf: Miniflare;
let workerPort: number;
const outbound: Outbound[] = [];

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'frontdesk-corpus-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Frontdesk</title>');
  sandbox = await startSandboxServers({ ports: [0, 0, 0], size: 20 });
  idp = await startTestIdentityProvider();
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, sandbox.urls[id]]));
  const env = { ...urls, ...SANDBOX_CREDENTIALS, ...idp.env, PUBLIC_HOSTS: HOST, RATE_LIMIT_BURST: '100000' };
  node = await startNodeServer({
    env: { ...env, HOST: '127.0.0.1', PORT: '0' },
    distDir: dist,
    log: () => {},
  });
  mf = new Miniflare({
    modules: true,
    script: await bundle({ entry: WORKER_ENTRY }),
    compatibilityDate: COMPATIBILITY_DATE,
    cf: false,
    host: '127.0.0.1',
    port: 0,
    bindings: env,
    durableObjects: { STAFF_RATE_LIMIT: { className: 'StaffRateLimit', useSQLite: true } },
    serviceBindings: {
      ASSETS: () => new MfResponse('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    },
    outboundService: loopbackOnly(outbound),
  });
  workerPort = Number((await mf.ready).port);
});
afterAll(async () => {
  await node?.close();
  await mf?.dispose();
  await sandbox?.close();
  await idp?.close();
  await rm(dist, { recursive: true, force: true });
});

describe('the attack corpus on Node and on the Worker', () => {
  it('gets the same decision from both runtimes for every request', async () => {
    const token = await idp.sign();
    const nodePort = Number(new URL(node.url).port);
    const seen: Record<string, { node: number; worker: number }> = {};
    const expected: Record<string, { node: number; worker: number }> = {};
    for (const entry of CASES) {
      const request = entry.request.replaceAll('{host}', HOST).replaceAll('{token}', token);
      seen[entry.name] = {
        node: await rawStatus(nodePort, request),
        worker: await rawStatus(workerPort, request),
      };
      expected[entry.name] = { node: entry.status, worker: entry.workerd?.status ?? entry.status };
    }
    expect(seen).toEqual(expected);
  });

  it('lets the Worker reach only allow-listed provider paths, whatever workerd rewrote', () => {
    const paths = outbound
      .filter((o) => !o.url.startsWith(idp.jwksUrl))
      .map((o) => new URL(o.url).pathname.replace(/^\/(v1|api\/v1)/, ''));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path, path).toMatch(/^\/appointments$|^\/appointment$/);
  });

  it('says why for every difference', () => {
    for (const entry of CASES.filter((c) => c.workerd)) expect(entry.workerd!.because).toMatch(/^workerd/);
  });
});
