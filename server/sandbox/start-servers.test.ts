import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { sandboxAuthHeaders } from './authed-request.ts';
import { sandboxBanner } from './banner.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';
import { startSandboxServers, type RunningSandbox } from './start-servers.ts';

const PATHS: Record<ProviderId, string> = {
  caspen: '/appointments?limit=3',
  'appointment-one': '/appointment',
  onlive: '/appointments?limit=3',
};
const WRONG: Record<ProviderId, Record<string, string>> = {
  caspen: { authorization: 'Bearer not-the-token' },
  'appointment-one': { authorization: 'not-the-key' },
  onlive: {
    authorization: `ONLIVESITE Credential:${SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID}, Signature=${'0'.repeat(64)}`,
    'x-onlive-site-date': '20260101T000000Z',
  },
};

/** A real HTTP GET with the sandbox credentials, as the proxy would send it. */
async function fetchWithCredentials(
  provider: ProviderId,
  baseUrl: string,
  init: { signal?: AbortSignal } = {},
): Promise<Response> {
  const url = new URL(`${baseUrl}${PATHS[provider]}`);
  return fetch(url, { headers: await sandboxAuthHeaders(provider, url, Date.now()), ...init });
}

describe('startSandboxServers', () => {
  let running: RunningSandbox;
  beforeAll(async () => {
    running = await startSandboxServers({ ports: [0, 0, 0], size: 150 });
  });
  afterAll(async () => running.close());

  it('serves every provider on 127.0.0.1 under its documented base path', () => {
    expect(Object.keys(running.urls)).toEqual([...PROVIDER_IDS]);
    expect(running.urls.caspen).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(running.urls['appointment-one']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(running.urls.onlive).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(Object.keys(running.sandbox.apps)).toEqual([...PROVIDER_IDS]);
  });

  it.each([...PROVIDER_IDS])(
    '%s answers real HTTP with the sandbox credentials, and 401 to a wrong one',
    async (provider) => {
      const ok = await fetchWithCredentials(provider, running.urls[provider]);
      expect(ok.status).toBe(200);
      const body = (await ok.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(
        expect.arrayContaining(
          {
            caspen: ['data', 'links'],
            'appointment-one': ['appointments', 'links'],
            onlive: ['items', 'total'],
          }[provider],
        ),
      );
      const wrong = await fetch(`${running.urls[provider]}${PATHS[provider]}`, { headers: WRONG[provider] });
      expect(wrong.status).toBe(401);
    },
  );

  it('follows Caspen links.next over real HTTP (absolute URLs on the served host)', async () => {
    const first = (await (await fetchWithCredentials('caspen', running.urls.caspen)).json()) as {
      links: { next: string };
    };
    expect(first.links.next.startsWith(`${running.urls.caspen}/appointments?cursor=`)).toBe(true);
    const next = new URL(first.links.next);
    expect(
      (await fetch(next, { headers: await sandboxAuthHeaders('caspen', next, Date.now()) })).status,
    ).toBe(200);
  });

  it('offers the control route over HTTP; a hanging request ends when the client aborts', async () => {
    const control = running.urls.onlive.replace(/\/api\/v1$/, '/__sandbox/faults');
    const put = await fetch(control, {
      method: 'PUT',
      body: JSON.stringify({ hang: true }),
      headers: { 'content-type': 'application/json' },
    });
    expect(await put.json()).toEqual({ hang: true });
    const hanging = fetchWithCredentials('onlive', running.urls.onlive, { signal: AbortSignal.timeout(150) });
    await expect(hanging).rejects.toThrow();
    await fetch(control, { method: 'DELETE' });
    expect((await fetchWithCredentials('onlive', running.urls.onlive)).status).toBe(200);
  });

  it('rejects, naming the port, when a port is taken', async () => {
    const port = Number(new URL(running.urls['appointment-one']).port);
    await expect(startSandboxServers({ ports: [0, port, 0], size: 5 })).rejects.toThrow(`port ${port}`);
  });

  it('closes even with a request still hanging', async () => {
    const other = await startSandboxServers({
      ports: [0, 0, 0],
      size: 5,
      faults: { caspen: { hang: true } },
    });
    const hanging = fetchWithCredentials('caspen', other.urls.caspen).catch(() => 'closed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    expect(await hanging).toBe('closed');
  });
});

describe('npm run sandbox (server/sandbox/main.ts)', () => {
  it('prints one line per provider and the credentials, serves them, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/sandbox/main.ts'], {
      env: { ...process.env, SANDBOX_PORTS: '0,0,0', SANDBOX_SIZE: '100' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout });
    for await (const line of reader) {
      lines.push(line);
      if (lines.length === 7) break;
    }
    const urls = Object.fromEntries(lines.slice(0, 3).map((line) => line.split(' '))) as Record<
      ProviderId,
      string
    >;
    expect(lines).toEqual(sandboxBanner(urls));
    expect(lines.slice(3)).toEqual(Object.entries(SANDBOX_CREDENTIALS).map(([k, v]) => `${k}=${v}`));
    for (const provider of PROVIDER_IDS)
      expect((await fetchWithCredentials(provider, urls[provider])).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses bad environment values with a message naming them', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/sandbox/main.ts'], {
      env: { ...process.env, SANDBOX_PORTS: '1,2', SANDBOX_SIZE: 'many' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('SANDBOX_PORTS');
    expect(stderr).toContain('SANDBOX_SIZE');
  });
});

describe('sandboxBanner', () => {
  it('prints one line per provider, then one per credential', () => {
    const urls = {
      caspen: 'http://127.0.0.1:4101/v1',
      'appointment-one': 'http://127.0.0.1:4102/api/v1',
      onlive: 'http://127.0.0.1:4103/api/v1',
    };
    expect(sandboxBanner(urls).slice(0, 3)).toEqual([
      'caspen http://127.0.0.1:4101/v1',
      'appointment-one http://127.0.0.1:4102/api/v1',
      'onlive http://127.0.0.1:4103/api/v1',
    ]);
    expect(
      sandboxBanner(urls)
        .slice(3)
        .map((line) => line.split('=')[0]),
    ).toEqual([
      'CASPEN_API_TOKEN',
      'APPOINTMENT_ONE_API_KEY',
      'ONLIVE_ACCESS_KEY_ID',
      'ONLIVE_SECRET_ACCESS_KEY',
    ]);
  });
});
