import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { UPSTREAMS } from '../proxy/upstreams.ts';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { startSandboxServers, type RunningSandbox } from '../sandbox/start-servers.ts';
import { startNodeServer, type RunningNodeServer } from './node.ts';

let distDir: string;
let sandbox: RunningSandbox;
let server: RunningNodeServer;
const logs: string[] = [];

beforeAll(async () => {
  distDir = await mkdtemp(join(tmpdir(), 'frontdesk-dist-'));
  await mkdir(join(distDir, 'assets'));
  await writeFile(
    join(distDir, 'index.html'),
    '<!doctype html><title>Frontdesk</title><script src="/assets/app-3f9a1c.js"></script>',
  );
  await writeFile(join(distDir, 'assets', 'app-3f9a1c.js'), 'console.log("app")');
  await writeFile(join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  sandbox = await startSandboxServers({ ports: [0, 0, 0], size: 50 });
  const urls = Object.fromEntries(PROVIDER_IDS.map((id) => [UPSTREAMS[id].urlVar, sandbox.urls[id]]));
  // As Playwright starts it: HOST/PORT plus provider URLs and credentials of a separate sandbox.
  server = await startNodeServer({
    env: {
      HOST: '127.0.0.1',
      PORT: '0',
      ...urls,
      ...SANDBOX_CREDENTIALS,
      DATA_DIR: join(distDir, 'data'),
      MIRROR_SYNC: 'on',
    },
    distDir,
    log: (line) => logs.push(line),
  });
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
  await rm(distDir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe('startNodeServer', () => {
  it('runs the mirror on its store in DATA_DIR and answers windows behind the proxy', async () => {
    const now = Date.now();
    const path = `/api/mirror/caspen/appointments?from=${now - 200 * 86_400_000}&to=${now + 200 * 86_400_000}`;
    let body = { sync: { state: '' }, records: [] as unknown[] };
    for (let i = 0; i < 100 && body.sync.state !== 'ready'; i += 1) {
      body = (await (await get(path)).json()) as typeof body;
      if (body.sync.state !== 'ready') await new Promise((r) => setTimeout(r, 50));
    }
    expect(body.sync.state).toBe('ready');
    expect(body.records).toHaveLength(50);
    expect(logs.some((l) => l.includes(`store in ${join(distDir, 'data')}`))).toBe(true);
  });

  it('binds loopback and serves index.html with strict security headers and no-cache', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Frontdesk</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for app routes but not for missing files', async () => {
    const route = await get('/appointments/caspen/app_123?view=week');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toMatch(/^text\/html/);
    expect(route.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/assets/missing-123.js')).status).toBe(404);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const asset = await get('/assets/app-3f9a1c.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('refuses methods other than GET and HEAD for the site', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('serves the proxy against a separately started sandbox, logging one line per request', async () => {
    expect(await (await get('/api/providers')).json()).toMatchObject({ sandbox: false });
    const before = logs.length;
    const response = await get('/api/providers/onlive/appointments?page=1&limit=5');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(5);
    expect(logs.slice(before)).toEqual([expect.stringMatching(/^GET onlive appointments 200 \d+ms$/)]);
  });

  it('refuses to start on a non-loopback address with staff auth off', async () => {
    await expect(
      startNodeServer({ env: { HOST: '0.0.0.0', PORT: '0', AUTH_MODE: 'off' }, distDir }),
    ).rejects.toThrow(/AUTH_MODE is off but the server does not listen on loopback/);
  });

  it('runs when executed directly and exits with the configuration message', async () => {
    const entry = fileURLToPath(new URL('./node.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const env = { PATH: process.env.PATH, HOST: '0.0.0.0', PORT: '0', AUTH_MODE: 'off' };
    const failure = await promisify(execFile)(tsx, [entry], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('AUTH_MODE') });
  });
});
