// Staff authentication: a JWT from the organisation's identity provider, verified with jose against
// the configured JWKS (signature; exp, iss, aud and sub required; nbf when present). Cloudflare Access
// sends it as the `Cf-Access-Jwt-Assertion` header or the `CF_Authorization` cookie; other gateways as
// a Bearer token.
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { parse as parseCookies } from 'hono/utils/cookie';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import type { AuthConfig } from './config.ts';
import { ProxyRefusal } from './errors.ts';
import { createJwksCache, JwksUnavailable } from './jwks-cache.ts';

export interface StaffIdentity {
  /** Stable key for rate limiting; never logged. */
  subject: string;
  providers: readonly ProviderId[];
}

export type StaffAuthenticator = (headers: Headers) => Promise<StaffIdentity>;

// Asymmetric algorithms only: an HMAC algorithm here would let anyone holding the public JWKS mint
// tokens, and `none` is never accepted.
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];
const CLOCK_TOLERANCE_S = 30;
const REQUIRED_CLAIMS = ['exp', 'iss', 'aud', 'sub'];
/** Seconds staff are asked to wait when the identity provider is unavailable. */
const UNAVAILABLE_RETRY_S = 30;
const LOCAL_IDENTITY: StaffIdentity = { subject: 'loopback', providers: PROVIDER_IDS };

export function createStaffAuthenticator(
  auth: AuthConfig,
  deps: { fetch: typeof fetch; now: () => number },
): StaffAuthenticator {
  if (auth.mode === 'off') return async () => LOCAL_IDENTITY;
  const keys = createJwksCache(auth.jwksUrl, { fetch: deps.fetch, now: deps.now, graceMs: auth.jwksGraceMs });
  return async (headers) => {
    const token = findToken(headers);
    if (token === null) throw new ProxyRefusal(401, 'unauthenticated', 'Sign-in required');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: auth.issuer,
        audience: auth.audience,
        algorithms: ALGORITHMS,
        requiredClaims: REQUIRED_CLAIMS,
        clockTolerance: CLOCK_TOLERANCE_S,
        currentDate: new Date(deps.now()),
      }));
    } catch (error) {
      throw refusalFor(error);
    }
    const subject = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : null;
    if (subject === null)
      throw new ProxyRefusal(401, 'unauthenticated', 'The sign-in token names no subject');
    return {
      subject,
      providers: auth.providersClaim === null ? PROVIDER_IDS : claimProviders(payload[auth.providersClaim]),
    };
  };
}

function findToken(headers: Headers): string | null {
  const access = headers.get('cf-access-jwt-assertion')?.trim();
  if (access) return access;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (bearer?.[1]) return bearer[1];
  const cookie = headers.get('cookie');
  const fromCookie = cookie ? parseCookies(cookie, 'CF_Authorization').CF_Authorization : undefined;
  return fromCookie ? fromCookie : null;
}

function refusalFor(error: unknown): ProxyRefusal {
  if (error instanceof errors.JWTExpired)
    return new ProxyRefusal(401, 'unauthenticated', 'The sign-in token has expired');
  if (error instanceof JwksUnavailable || !(error instanceof errors.JOSEError))
    // The identity provider's keys could not be loaded: not the caller's fault, and nothing is forwarded.
    return new ProxyRefusal(
      503,
      'upstream',
      'Sign-in service unavailable: the sign-in could not be verified; try again shortly',
      UNAVAILABLE_RETRY_S,
    );
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'sub')
    return new ProxyRefusal(401, 'unauthenticated', 'The sign-in token names no subject');
  if (error instanceof errors.JWTClaimValidationFailed)
    return new ProxyRefusal(401, 'unauthenticated', `The sign-in token was rejected (${error.claim})`);
  return new ProxyRefusal(401, 'unauthenticated', 'The sign-in token is not valid');
}

/** The claim may hold an array of provider ids or one string of ids separated by spaces or commas. */
function claimProviders(claim: unknown): ProviderId[] {
  const values = Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(/[\s,]+/) : [];
  return PROVIDER_IDS.filter((id) => values.includes(id));
}
