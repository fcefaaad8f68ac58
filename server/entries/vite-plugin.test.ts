import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { SANDBOX_CREDENTIALS } from '../sandbox/credentials.ts';
import { frontdeskProxy, type FrontdeskProxyOptions } from './vite-plugin.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'frontdesk-vite-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>spa</title>');
});
afterAll(() => rm(root, { recursive: true, force: true }));

// The mirror has its own test below; elsewhere it stays off (no store, no background sync).
const NO_CREDENTIALS = {
  ...Object.fromEntries(Object.keys(SANDBOX_CREDENTIALS).map((k) => [k, ''])),
  MIRROR_SYNC: 'off',
};

async function devServer(options: FrontdeskProxyOptions): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [frontdeskProxy(options)],
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  return { server, url: server.resolvedUrls!.local[0]!.replace(/\/$/, '') };
}

function sandboxUrl(lines: string[]): string {
  const match = /Caspen sandboxed at (\S+?);/.exec(lines.join('\n'));
  if (!match?.[1]) throw new Error(`no sandbox URL in ${lines.join('\n')}`);
  return match[1];
}

describe('frontdeskProxy() in the Vite dev server', () => {
  it('starts the sandbox when no credentials are set, proxies /api and leaves other paths to Vite', async () => {
    const lines: string[] = [];
    const { server, url } = await devServer({
      env: { ...NO_CREDENTIALS, SANDBOX_PORTS: '0,0,0' },
      log: (l) => lines.push(l),
    });
    try {
      expect(lines.join('\n')).toMatch(/Caspen sandboxed at http:\/\/127\.0\.0\.1:\d+\/v1/);
      expect(await (await fetch(`${url}/api/providers`)).json()).toMatchObject({ sandbox: true });
      const page = await fetch(`${url}/api/providers/caspen/appointments?limit=3`);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(((await page.json()) as { data: unknown[] }).data).toHaveLength(3);
      expect(await (await fetch(`${url}/some/route`)).text()).toContain('<title>spa</title>');
    } finally {
      await server.close();
    }
    // Closing Vite closes the sandbox.
    await expect(fetch(`${sandboxUrl(lines)}/appointments`)).rejects.toThrow();
  });

  it('falls back to ephemeral sandbox ports when the configured ones are busy', async () => {
    const blocker: Server = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const lines: string[] = [];
    const { server, url } = await devServer({
      env: { ...NO_CREDENTIALS, SANDBOX_PORTS: `${busy},0,0` },
      log: (l) => lines.push(l),
    });
    try {
      expect(lines.join('\n')).toContain('busy; using ephemeral ports');
      expect((await fetch(`${url}/api/providers/caspen/appointments?limit=1`)).status).toBe(200);
    } finally {
      await server.close();
      blocker.close();
    }
  });

  it('goes live (no sandbox) as soon as any credential is set, disabling the others', async () => {
    const lines: string[] = [];
    const env = {
      ...NO_CREDENTIALS,
      CASPEN_API_TOKEN: 'live-token-123456',
      CASPEN_API_URL: 'http://127.0.0.1:9/v1',
    };
    const { server, url } = await devServer({ env, log: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).toMatch(
        /Caspen live at http:\/\/127\.0\.0\.1:9\/v1; Appointment\.one disabled/,
      );
      const body = (await (await fetch(`${url}/api/providers`)).json()) as {
        sandbox: boolean;
        providers: { enabled: boolean }[];
      };
      expect(body.sandbox).toBe(false);
      expect(body.providers.map((p) => p.enabled)).toEqual([true, false, false]);
      expect((await fetch(`${url}/api/providers/caspen/appointments`)).status).toBe(502);
    } finally {
      await server.close();
    }
  });
});

describe('frontdeskProxy() with the mirror', () => {
  it('syncs the sandbox into DATA_DIR and answers windows from it', async () => {
    const dataDir = join(root, 'data');
    const env = {
      ...NO_CREDENTIALS,
      MIRROR_SYNC: 'on',
      DATA_DIR: dataDir,
      SANDBOX_PORTS: '0,0,0',
      SANDBOX_SIZE: '60',
    };
    const lines: string[] = [];
    const { server, url } = await devServer({ env, log: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).toContain(`mirror: caspen, appointment-one, onlive; store in ${dataDir}`);
      const now = Date.now();
      const window = `${url}/api/mirror/onlive/appointments?from=${now - 200 * 86_400_000}&to=${now + 200 * 86_400_000}`;
      let body = { sync: { state: '' }, records: [] as unknown[] };
      for (let i = 0; i < 100 && body.sync.state !== 'ready'; i += 1) {
        body = (await (await fetch(window)).json()) as typeof body;
        if (body.sync.state !== 'ready') await new Promise((r) => setTimeout(r, 50));
      }
      expect(body.sync.state).toBe('ready');
      expect(body.records).toHaveLength(60);
    } finally {
      await server.close();
    }
  });
});

describe('frontdeskProxy() in vite preview', () => {
  it('mounts the proxy on the preview server too', async () => {
    const outDir = join(root, 'dist');
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir);
    await writeFile(join(outDir, 'index.html'), 'built');
    const server: PreviewServer = await preview({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [frontdeskProxy({ env: { ...NO_CREDENTIALS, SANDBOX_PORTS: '0,0,0' }, log: () => {} })],
      preview: { host: '127.0.0.1', port: 0 },
      build: { outDir },
    });
    try {
      const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
      expect(await (await fetch(`${url}/api/providers`)).json()).toMatchObject({ sandbox: true });
    } finally {
      await server.close();
    }
  });
});
