// A loopback identity provider for tests: a JWKS served over real HTTP on 127.0.0.1 and helpers that
// mint tokens with jose, good and bad.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

export const TEST_ISSUER = 'https://idp.frontdesk.test';
export const TEST_AUDIENCE = 'frontdesk-staff';
const KID = 'test-key-1';

export interface TestIdentityProvider {
  jwksUrl: string;
  /** The published key set, for tests that serve it through an injected fetch. */
  jwks: { keys: JWK[] };
  /** Environment variables that point the proxy at this identity provider. */
  env: Record<string, string>;
  /** A token signed with the published key; claims default to a valid staff token at `nowMs`. */
  sign(claims?: JWTPayload, options?: { nowMs?: number; key?: 'published' | 'foreign' }): Promise<string>;
  /** An unsigned token (`alg: none`) with otherwise valid claims. */
  unsigned(nowMs?: number): string;
  close(): Promise<void>;
}

export async function startTestIdentityProvider(): Promise<TestIdentityProvider> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(published.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  const jwksUrl = `http://127.0.0.1:${port}/.well-known/jwks.json`;
  const claimsAt = (nowMs: number): JWTPayload => {
    const now = Math.floor(nowMs / 1000);
    return { iss: TEST_ISSUER, aud: TEST_AUDIENCE, sub: 'staff-1', iat: now, nbf: now - 5, exp: now + 600 };
  };
  return {
    jwksUrl,
    jwks: { keys: [jwk] },
    env: { AUTH_MODE: 'jwt', AUTH_JWKS_URL: jwksUrl, AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE },
    sign: (claims = {}, options = {}) =>
      new SignJWT({ ...claimsAt(options.nowMs ?? Date.now()), ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: KID })
        .sign(options.key === 'foreign' ? foreign.privateKey : published.privateKey),
    unsigned: (nowMs = Date.now()) => {
      const header = base64url.encode(JSON.stringify({ alg: 'none', kid: KID }));
      return `${header}.${base64url.encode(JSON.stringify(claimsAt(nowMs)))}.`;
    },
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
