// Every configured secret value is absent from every response, headers and bodies, on success and
// error paths, even when an upstream echoes the credentials it received.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from './test-support/fake-upstream.ts';
import { startTestIdentityProvider, type TestIdentityProvider } from './test-support/jwks-server.ts';
import { testProxy } from './test-support/test-proxy.ts';

const SECRETS = Object.values(TEST_SECRETS);

/** An upstream that echoes what it received into its body, headers, messages and links. */
function echoingUpstream(mode: { status: number; json: boolean }) {
  return (url: URL, headers: Headers) => {
    const received = [...headers.entries()].map(([k, v]) => `${k}: ${v}`).join('; ');
    const body = {
      message: `rejected ${received}`,
      error: { message: received },
      data: [{ note: received, encoded: encodeURIComponent(received) }],
      links: { next: `${url.origin}${url.pathname}?cursor=${encodeURIComponent(received)}` },
    };
    return new Response(mode.json ? JSON.stringify(body) : `<pre>${received}</pre>`, {
      status: mode.status,
      headers: {
        'content-type': mode.json ? 'application/json' : 'text/html',
        'retry-after': '5',
        'x-ratelimit-remaining': received.slice(0, 60),
        'set-cookie': `echo=${received}`,
        'x-echo': received,
      },
    });
  };
}

async function assertNoSecret(response: Response) {
  const text = await response.text();
  const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
    expect(headers).not.toContain(secret);
  }
  return text;
}

let idp: TestIdentityProvider;
beforeAll(async () => {
  idp = await startTestIdentityProvider();
});
afterAll(() => idp.close());

const PATHS = [
  '/api/providers',
  '/api/providers/caspen/appointments?limit=100',
  '/api/providers/appointment-one/appointment?page=2',
  '/api/providers/onlive/appointments?search=x',
  '/api/providers/onlive/appointments/abc?nope=1',
  '/api/providers/caspen/%2e%2e/x',
  '/api/nothing',
];

describe('no configured secret in any response', () => {
  it.each([
    [200, true],
    [401, true],
    [429, true],
    [500, true],
    [200, false],
    [503, false],
  ])('upstream %i (JSON %s) echoing the credentials', async (status, json) => {
    const echo = echoingUpstream({ status, json });
    const { app, calls } = testProxy({ script: (url) => echo(url, lastHeaders()) });
    const lastHeaders = () => calls.at(-1)!.headers;
    let checked = 0;
    for (const path of PATHS) {
      for (const method of ['GET', 'POST']) {
        const text = await assertNoSecret(await app.request(path, { method }));
        if (text.includes('[redacted]')) checked += 1;
      }
    }
    // The echo really carried the secrets, and they were scrubbed.
    if (json) expect(checked).toBeGreaterThan(0);
  });

  it('on auth failures, timeouts and network errors too', async () => {
    const jwt = testProxy({ env: idp.env, loopback: false, realFetchPrefix: idp.jwksUrl });
    await assertNoSecret(await jwt.app.request('/api/providers/caspen/appointments'));
    await assertNoSecret(
      await jwt.app.request('/api/providers', { headers: { authorization: 'Bearer x.y.z' } }),
    );
    const hang = testProxy({
      env: { UPSTREAM_TIMEOUT_MS: '100' },
      script: () => new Promise<Response>(() => {}),
    });
    await assertNoSecret(await hang.app.request('/api/providers/onlive/appointments'));
    const down = testProxy({
      script: () => Promise.reject(new TypeError(`connect failed ${TEST_SECRETS.CASPEN_API_TOKEN}`)),
    });
    await assertNoSecret(await down.app.request('/api/providers/caspen/appointments'));
  });
});
