// DNS rebinding: a foreign Host name is refused before any routing, on the proxy app, the Node server
// and the Vite dev server; loopback names and the configured public names are answered.
import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningNodeServer } from '../entries/node.ts';
import { frontdeskProxy } from '../entries/vite-plugin.ts';
import { PROVIDER_IDS } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { loadProxyConfig } from './config.ts';
import { isAllowedHost } from './host-check.ts';
import { TEST_SECRETS } from './test-support/fake-upstream.ts';
import { testProxy } from './test-support/test-proxy.ts';

/** GET with an explicit Host header (fetch does not let a caller set one). */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
}

describe('isAllowedHost', () => {
  it('answers loopback names and the configured public ones, with or without a port', () => {
    const publicHosts = ['frontdesk.example.com'];
    for (const host of [
      'localhost',
      'LOCALHOST:5173',
      '127.0.0.1:8080',
      '127.1.2.3',
      '[::1]:8080',
      'frontdesk.example.com',
      'Frontdesk.Example.com.:443',
    ])
      expect(isAllowedHost(host, publicHosts), host).toBe(true);
    for (const host of [
      'attacker.example',
      'frontdesk.example.com.attacker.example',
      'localhost.attacker.example',
      '127.0.0.1.nip.io',
      '',
      ' ',
      'a b',
      'localhost:80:80',
      '[::2]',
      null,
      undefined,
    ])
      expect(isAllowedHost(host, publicHosts), String(host)).toBe(false);
  });

  it('reads PUBLIC_HOSTS as a closed list and requires it off loopback', () => {
    const env = { AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' };
    expect(
      loadProxyConfig({ PUBLIC_HOSTS: 'Frontdesk.Example.com, staff.example.org' }, { loopback: true })
        .publicHosts,
    ).toEqual(['frontdesk.example.com', 'staff.example.org']);
    expect(() => loadProxyConfig(env, { loopback: false })).toThrow(/PUBLIC_HOSTS is required/);
    for (const bad of ['*', 'https://x.example', 'x.example/path', 'x.example:8080'])
      expect(() => loadProxyConfig({ PUBLIC_HOSTS: bad }, { loopback: true }), bad).toThrow(
        /PUBLIC_HOSTS must be host names/,
      );
  });
});

describe('the proxy app', () => {
  it('refuses a foreign Host with 421 and the error body, contacting nothing', async () => {
    const { app, calls } = testProxy();
    const response = await app.request('http://attacker.example/api/providers/caspen/appointments');
    expect(response.status).toBe(421);
    expect(await response.json()).toEqual({
      provider: null,
      status: 421,
      code: 'forbidden',
      message: 'This server does not answer for that host name',
    });
    expect(calls).toHaveLength(0);
    expect((await app.request('http://frontdesk.test/api/providers')).status).toBe(200);
  });
});

describe('the Node server and Vite', () => {
  let dist: string;
  let node: RunningNodeServer;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'frontdesk-host-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>spa</title>');
    node = await startNodeServer({
      env: {
        HOST: '127.0.0.1',
        PORT: '0',
        PUBLIC_HOSTS: 'frontdesk.example.com',
        ...TEST_SECRETS,
        MIRROR_SYNC: 'off',
      },
      distDir: dist,
      log: () => {},
    });
  });
  afterAll(async () => {
    await node?.close();
    await rm(dist, { recursive: true, force: true });
  });

  it.each(['/api/providers', '/api/providers/caspen/appointments', '/', '/appointments'])(
    'npm start refuses Host: attacker.example on %s with 421',
    async (path) => {
      expect(await getWithHost(node.url, path, 'attacker.example')).toMatchObject({
        status: 421,
        body: expect.stringContaining('"code":"forbidden"'),
      });
      expect((await getWithHost(node.url, path, 'frontdesk.example.com')).status).not.toBe(421);
    },
  );

  it('the Vite dev server refuses a foreign Host on /api and the app, and answers PUBLIC_HOSTS', async () => {
    const noCredentials = Object.fromEntries(
      PROVIDER_IDS.flatMap((id) => SERVER_PROVIDERS[id].manifest.env.credentials).map((k) => [k, '']),
    );
    const server = await createServer({
      configFile: false,
      root: dist,
      logLevel: 'silent',
      plugins: [
        frontdeskProxy({
          env: {
            ...noCredentials,
            SANDBOX_PORTS: '0,0,0',
            PUBLIC_HOSTS: 'frontdesk.example.com',
            MIRROR_SYNC: 'off',
          },
          log: () => {},
        }),
      ],
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    await server.listen();
    try {
      const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      for (const path of ['/api/providers', '/'])
        expect([403, 421]).toContain((await getWithHost(url, path, 'attacker.example')).status);
      expect((await getWithHost(url, '/api/providers', 'frontdesk.example.com')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
