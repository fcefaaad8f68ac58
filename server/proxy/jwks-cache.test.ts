// Strict staff tokens and an identity provider that fails: exp, iss, aud and sub are required; the
// last good key set carries staff through a JWKS outage for the grace period; any JWKS failure is a
// 503 "sign-in service unavailable", never a 401. Clock and fetch are injected: no waiting.
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from './config.ts';
import { ProxyRefusal } from './errors.ts';
import { createStaffAuthenticator } from './staff-auth.ts';
import {
  startTestIdentityProvider,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestIdentityProvider,
} from './test-support/jwks-server.ts';
import { testProxy } from './test-support/test-proxy.ts';

const JWKS_URL = 'https://idp.frontdesk.test/jwks.json';
const MIN = 60_000;
const GRACE_MS = 60 * MIN;
const AUTH: AuthConfig = {
  mode: 'jwt',
  jwksUrl: JWKS_URL,
  issuer: TEST_ISSUER,
  audience: [TEST_AUDIENCE],
  providersClaim: null,
  jwksGraceMs: GRACE_MS,
};

let idp: TestIdentityProvider;
beforeAll(async () => {
  idp = await startTestIdentityProvider();
});
afterAll(() => idp.close());

type Answer = () => Response | Promise<Response>;
const ok: Answer = () => Response.json(idp.jwks);

/** An authenticator whose JWKS answers whatever `idpAnswer` says, on a clock the test moves. */
function harness(start = Date.UTC(2026, 11, 1, 9)) {
  const state = { t: start, answer: ok, fetches: 0 };
  const authenticate = createStaffAuthenticator(AUTH, {
    now: () => state.t,
    fetch: (async () => {
      state.fetches += 1;
      return state.answer();
    }) as typeof fetch,
  });
  const verifyToken = async (token: string) => {
    try {
      await authenticate(new Headers({ authorization: `Bearer ${token}` }));
      return 200;
    } catch (error) {
      return error instanceof ProxyRefusal ? `${error.status} ${error.message}` : String(error);
    }
  };
  const verify = async (claims: JWTPayload = {}) => verifyToken(await idp.sign(claims, { nowMs: state.t }));
  return { state, verify, verifyToken };
}

const FAILURES: [string, Answer][] = [
  ['500', () => new Response('oops', { status: 500 })],
  ['HTML', () => new Response('<html>maintenance</html>', { headers: { 'content-type': 'text/html' } })],
  ['an empty key set', () => Response.json({ keys: [] })],
  ['a timeout', () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'))],
  ['unreachable', () => Promise.reject(new TypeError('fetch failed'))],
];

describe('required claims', () => {
  it.each(['exp', 'iss', 'aud', 'sub'])('refuses a token without %s with 401', async (claim) => {
    const { verify } = harness();
    expect(await verify({ [claim]: undefined })).toMatch(/^401 /);
  });
});

describe('an identity provider that fails', () => {
  it.each(FAILURES)(
    'answers 503, never 401, when the JWKS fails with %s and no key set is known',
    async (_, answer) => {
      const { state, verify } = harness();
      state.answer = answer;
      expect(await verify()).toMatch(/^503 Sign-in service unavailable/);
    },
  );

  it.each(FAILURES)(
    'keeps the last good key set for the grace period when a refresh fails with %s',
    async (_, answer) => {
      const { state, verify } = harness();
      expect(await verify()).toBe(200);
      state.answer = answer;
      state.t += 11 * MIN; // past jose's usual 10-minute cache age: a refresh is due and fails
      expect(await verify()).toBe(200);
      state.t += GRACE_MS - 2 * MIN; // still inside refresh age + grace
      expect(await verify()).toBe(200);
      state.t += 2 * MIN; // past it: the old keys are no longer trusted
      expect(await verify()).toMatch(/^503 /);
      state.answer = ok;
      state.t += MIN;
      expect(await verify()).toBe(200);
    },
  );

  it('does not hammer a failing identity provider: one attempt per 30 s whatever the traffic', async () => {
    const { state, verify } = harness();
    state.answer = FAILURES[0]![1];
    for (let i = 0; i < 20; i += 1) await verify();
    expect(state.fetches).toBe(1);
    state.t += 30_000;
    await verify();
    expect(state.fetches).toBe(2);
  });

  it('refetches for an unknown key id (key rotation), at most once per 30 s', async () => {
    const { state, verify, verifyToken } = harness();
    expect(await verify()).toBe(200);
    const rotated = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(rotated.publicKey)), kid: 'rotated-1', alg: 'ES256' };
    state.answer = () => Response.json({ keys: [...idp.jwks.keys, jwk] });
    state.t += MIN;
    const token = await new SignJWT({ sub: 'staff-2' })
      .setProtectedHeader({ alg: 'ES256', kid: 'rotated-1' })
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setIssuedAt(state.t / 1000)
      .setExpirationTime(state.t / 1000 + 300)
      .sign(rotated.privateKey);
    expect(await verifyToken(token)).toBe(200);
    expect(state.fetches).toBe(2);
    // A token naming yet another unknown key right after: no new fetch, and it is refused.
    const stranger = token.replace(
      /^[^.]+/,
      btoa(JSON.stringify({ alg: 'ES256', kid: 'unknown' })).replace(/=+$/, ''),
    );
    expect(await verifyToken(stranger)).toMatch(/^401 /);
    expect(state.fetches).toBe(2);
  });
});

describe('through the proxy app', () => {
  it('answers 503 with Retry-After and the agreed body, and forwards nothing', async () => {
    const proxy = testProxy({
      env: { ...idp.env, AUTH_JWKS_URL: JWKS_URL },
      loopback: false,
      script: () => new Response('<html>down</html>', { status: 502 }),
    });
    const response = await proxy.app.request('/api/providers/caspen/appointments', {
      headers: { authorization: `Bearer ${await idp.sign()}` },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toMatchObject({
      provider: 'caspen',
      status: 503,
      code: 'upstream',
      message: /^Sign-in service unavailable/,
      retryAfter: 30,
    });
    expect(proxy.calls.map((c) => c.url)).toEqual([JWKS_URL]);
  });
});
