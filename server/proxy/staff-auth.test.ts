import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  startTestIdentityProvider,
  TEST_AUDIENCE,
  type TestIdentityProvider,
} from './test-support/jwks-server.ts';
import { testProxy } from './test-support/test-proxy.ts';

let idp: TestIdentityProvider;
beforeAll(async () => {
  idp = await startTestIdentityProvider();
});
afterAll(() => idp.close());

const PATH = '/api/providers/caspen/appointments';

function jwtProxy(env: Record<string, string> = {}, now: () => number = Date.now) {
  return testProxy({ env: { ...idp.env, ...env }, loopback: false, realFetchPrefix: idp.jwksUrl, now });
}

async function call(headers: Record<string, string>, env?: Record<string, string>) {
  const proxy = jwtProxy(env);
  const response = await proxy.app.request(PATH, { headers });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    calls: proxy.calls,
  };
}

describe('staff JWT matrix (outside loopback)', () => {
  it.each([
    ['Cf-Access-Jwt-Assertion header', (t: string) => ({ 'cf-access-jwt-assertion': t })],
    ['CF_Authorization cookie', (t: string) => ({ cookie: `theme=dark; CF_Authorization=${t}` })],
    ['Authorization: Bearer', (t: string) => ({ authorization: `Bearer ${t}` })],
  ])('accepts a valid token in the %s form and forwards', async (_form, headers) => {
    const { status, calls } = await call(headers(await idp.sign()));
    expect(status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.get('authorization')).not.toContain('eyJ');
  });

  const now = () => Date.now();
  const bad: [string, () => Promise<string> | string, RegExp][] = [
    ['expired', () => idp.sign({ exp: Math.floor(now() / 1000) - 120 }), /expired/],
    ['not yet valid', () => idp.sign({ nbf: Math.floor(now() / 1000) + 300 }), /nbf/],
    ['wrong issuer', () => idp.sign({ iss: 'https://evil.example' }), /iss/],
    ['wrong audience', () => idp.sign({ aud: 'someone-else' }), /aud/],
    ['bad signature', () => idp.sign({}, { key: 'foreign' }), /not valid/],
    ['alg none', () => idp.unsigned(), /not valid/],
    ['garbage', () => 'not.a.jwt', /not valid/],
    ['no subject', () => idp.sign({ sub: undefined }), /subject/],
    [
      'HS256 (algorithm confusion)',
      () =>
        new SignJWT({ sub: 'x', aud: TEST_AUDIENCE, iss: 'https://idp.frontdesk.test' })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-key-1' })
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode('a-shared-secret-of-enough-length!!')),
      /not valid/,
    ],
  ];
  it.each(bad)('refuses a token that is %s with 401 and forwards nothing', async (_case, token, message) => {
    const { status, body, calls } = await call({ authorization: `Bearer ${await token()}` });
    expect(status).toBe(401);
    expect(body).toMatchObject({ provider: 'caspen', status: 401, code: 'unauthenticated' });
    expect(String(body.message)).toMatch(message);
    expect(calls).toHaveLength(0);
  });

  it('refuses a request without any token, including GET /api/providers', async () => {
    expect((await call({})).status).toBe(401);
    const { app } = jwtProxy();
    const response = await app.request('/api/providers');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toMatchObject({ provider: null, code: 'unauthenticated' });
  });

  it('answers 503 and forwards nothing when the JWKS cannot be fetched', async () => {
    const proxy = testProxy({
      env: { ...idp.env, AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json' },
      loopback: false,
      realFetchPrefix: 'http://127.0.0.1:9/',
    });
    const response = await proxy.app.request(PATH, {
      headers: { authorization: `Bearer ${await idp.sign()}` },
    });
    expect(response.status).toBe(503);
    expect(proxy.calls).toHaveLength(0);
  });
});

describe('providers claim', () => {
  const env = { AUTH_PROVIDERS_CLAIM: 'frontdesk_providers' };

  it('maps the claim to the providers a person may see (403 for the others)', async () => {
    const token = await idp.sign({ frontdesk_providers: ['caspen', 'unknown'] });
    const { app, calls } = jwtProxy(env);
    const headers = { authorization: `Bearer ${token}` };
    expect((await app.request(PATH, { headers })).status).toBe(200);
    const refused = await app.request('/api/providers/onlive/appointments', { headers });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ provider: 'onlive', code: 'forbidden' });
    expect(calls).toHaveLength(1);
    const list = (await (await app.request('/api/providers', { headers })).json()) as {
      providers: { enabled: boolean }[];
    };
    expect(list.providers.map((p) => p.enabled)).toEqual([true, false, false]);
  });

  it('accepts a space-separated string and refuses everything when the claim is missing', async () => {
    const { app } = jwtProxy(env);
    const spaced = {
      authorization: `Bearer ${await idp.sign({ frontdesk_providers: 'onlive appointment-one' })}`,
    };
    expect((await app.request('/api/providers/onlive/appointments', { headers: spaced })).status).toBe(200);
    expect((await app.request(PATH, { headers: spaced })).status).toBe(403);
    const none = { authorization: `Bearer ${await idp.sign()}` };
    expect((await app.request('/api/providers/onlive/appointments', { headers: none })).status).toBe(403);
  });
});

describe('rate limiting per staff identity', () => {
  it('gives each identity its own bucket and answers 429 with Retry-After', async () => {
    let t = Date.now();
    const { app, calls } = jwtProxy({ RATE_LIMIT_BURST: '2', RATE_LIMIT_PER_MINUTE: '30' }, () => t);
    const alice = { authorization: `Bearer ${await idp.sign({ sub: 'alice' }, { nowMs: t })}` };
    const bob = { authorization: `Bearer ${await idp.sign({ sub: 'bob' }, { nowMs: t })}` };
    expect((await app.request(PATH, { headers: alice })).status).toBe(200);
    expect((await app.request(PATH, { headers: alice })).status).toBe(200);
    const limited = await app.request(PATH, { headers: alice });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toMatchObject({ code: 'rate-limited', retryAfter: 2 });
    expect((await app.request(PATH, { headers: bob })).status).toBe(200);
    t += 2000;
    expect((await app.request(PATH, { headers: alice })).status).toBe(200);
    expect(calls).toHaveLength(4);
  });
});
