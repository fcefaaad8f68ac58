// One header policy, checked against the three servers of the built app: the Node server (`npm start`),
// the Worker in workerd, and `vite preview`, over the same dist/ directory.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Miniflare, Response as MfResponse, type Request as MfRequest } from 'miniflare';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningNodeServer } from '../entries/node.ts';
import { bundle, COMPATIBILITY_DATE, WORKER_ENTRY } from '../entries/test-support/workerd.ts';
import { frontdeskProxy } from '../entries/vite-plugin.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './security-headers.ts';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
let dist: string;
let node: RunningNodeServer;
let vite: PreviewServer;
let mf: Miniflare;
const bases: Record<string, string> = {};

/** What Cloudflare's asset service does with dist/: the file, or index.html for an app route. */
async function assets(request: MfRequest): Promise<MfResponse> {
  const path = new URL(request.url).pathname;
  const file = path === '/' || !extname(path) ? '/index.html' : path;
  try {
    const body = await readFile(join(dist, file));
    return new MfResponse(body, {
      headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' },
    });
  } catch {
    return new MfResponse('not found', { status: 404 });
  }
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'frontdesk-policy-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Frontdesk</title>');
  await writeFile(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  await writeFile(join(dist, 'assets', 'app-1a2b.js.map'), '{"version":3,"sources":["secret.ts"]}');
  await writeFile(join(dist, '_headers'), '/*\n  X-Old: 1\n');
  const env = {
    HOST: '127.0.0.1',
    PORT: '0',
    // Headers only: no mirror store, no background sync.
    MIRROR_SYNC: 'off',
    ...SANDBOX_CREDENTIALS,
    CASPEN_API_URL: 'http://127.0.0.1:9/v1',
  };
  node = await startNodeServer({ env, distDir: dist, log: () => {} });
  bases.node = node.url;
  vite = await preview({
    configFile: false,
    root: dist,
    logLevel: 'silent',
    plugins: [frontdeskProxy({ env: { ...env, SANDBOX_PORTS: '0,0,0' }, log: () => {} })],
    preview: { host: '127.0.0.1', port: 0 },
    build: { outDir: dist },
  });
  bases.preview = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  mf = new Miniflare({
    modules: true,
    script: await bundle({ entry: WORKER_ENTRY }),
    compatibilityDate: COMPATIBILITY_DATE,
    cf: false,
    bindings: { PUBLIC_HOSTS: 'frontdesk.test' },
    serviceBindings: { ASSETS: assets },
  });
  bases.worker = 'http://frontdesk.test';
});
afterAll(async () => {
  await node?.close();
  await vite?.close();
  await mf?.dispose();
  await rm(dist, { recursive: true, force: true });
});

const RUNTIMES = ['node', 'worker', 'preview'] as const;
const get = (runtime: (typeof RUNTIMES)[number], path: string) =>
  runtime === 'worker' ? mf.dispatchFetch(`${bases.worker}${path}`) : fetch(`${bases[runtime]}${path}`);

function policyOf(response: { headers: { get(name: string): string | null } }) {
  return Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers.get(name)]));
}

describe.each(RUNTIMES)('the header policy on %s', (runtime) => {
  it.each([
    ['/', REVALIDATE],
    ['/appointments/caspen/app_1', REVALIDATE],
    ['/assets/app-1a2b.js', IMMUTABLE],
  ])('%s carries every security header and Cache-Control %s', async (path, cache) => {
    const response = await get(runtime, path);
    expect(response.status).toBe(200);
    expect(policyOf(response)).toEqual(SECURITY_HEADERS);
    expect(response.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(response.headers.get('cache-control')).toBe(cache);
    await response.arrayBuffer();
  });

  it.each(['/assets/app-1a2b.js.map', '/_headers'])('does not serve %s', async (path) => {
    const response = await get(runtime, path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/secret\.ts|X-Old/);
  });
});
