// Signing and verification for ONLIVE.SITE: a pure function of request, secret and clock.
// The proxy signs with it and the sandbox verifies with it, so the two can never drift apart.
import {
  canonicalRequest,
  stringToSign,
  ONLIVE_DATE_HEADER,
  type OnliveRequestParts,
  type QueryPairs,
} from './canonical.ts';
import { hmacSha256Hex, timingSafeEqual } from '../../signing/web-crypto.ts';

export const ONLIVE_MAX_SKEW_MS = 15 * 60 * 1000;

export interface OnliveCredentials {
  accessKeyId: string;
  secret: string;
}

export interface OnliveSignature {
  date: string;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

/** `YYYYMMDDTHHmmssZ` in UTC, as the docs' snippet builds it. */
export function formatOnliveDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Epoch milliseconds of a `YYYYMMDDTHHmmssZ` stamp, or null when it is not one. */
export function parseOnliveDate(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return formatOnliveDate(ms) === value ? ms : null;
}

export function authorizationHeader(accessKeyId: string, signature: string): string {
  return `ONLIVESITE Credential:${accessKeyId}, Signature=${signature}`;
}

export function parseAuthorizationHeader(header: string): { accessKeyId: string; signature: string } | null {
  const m = /^ONLIVESITE Credential:([^\s,]+), Signature=([0-9a-f]{64})$/.exec(header);
  return m ? { accessKeyId: m[1] as string, signature: m[2] as string } : null;
}

export async function signOnlive(
  parts: OnliveRequestParts,
  credentials: OnliveCredentials,
): Promise<OnliveSignature> {
  const canonical = await canonicalRequest(parts);
  const toSign = await stringToSign(parts.date, canonical);
  const signature = await hmacSha256Hex(credentials.secret, toSign);
  return {
    date: parts.date,
    canonicalRequest: canonical,
    stringToSign: toSign,
    signature,
    authorization: authorizationHeader(credentials.accessKeyId, signature),
  };
}

/** The headers to add to an outgoing request to `url`, signed at `nowMs`. */
export async function onliveAuthHeaders(
  request: { method: string; url: URL; body?: string | Uint8Array },
  credentials: OnliveCredentials,
  nowMs: number,
): Promise<Record<string, string>> {
  const signed = await signOnlive(
    {
      method: request.method,
      path: request.url.pathname,
      query: queryPairs(request.url),
      host: request.url.host,
      date: formatOnliveDate(nowMs),
      ...(request.body === undefined ? {} : { body: request.body }),
    },
    credentials,
  );
  return { [ONLIVE_DATE_HEADER]: signed.date, authorization: signed.authorization };
}

export type OnliveVerifyFailure = 'missing' | 'malformed' | 'unknown-key' | 'expired' | 'bad-signature';

/** Recomputes the signature from what was received; the caller answers 401 on any failure. */
export async function verifyOnlive(
  received: Omit<OnliveRequestParts, 'date'> & { authorization: string | null; date: string | null },
  lookupSecret: (accessKeyId: string) => string | undefined,
  nowMs: number,
): Promise<{ ok: true; accessKeyId: string } | { ok: false; reason: OnliveVerifyFailure }> {
  if (!received.authorization || !received.date) return { ok: false, reason: 'missing' };
  const parsed = parseAuthorizationHeader(received.authorization);
  const dateMs = parseOnliveDate(received.date);
  if (!parsed || dateMs === null) return { ok: false, reason: 'malformed' };
  const secret = lookupSecret(parsed.accessKeyId);
  if (secret === undefined) return { ok: false, reason: 'unknown-key' };
  if (Math.abs(nowMs - dateMs) > ONLIVE_MAX_SKEW_MS) return { ok: false, reason: 'expired' };
  const expected = await signOnlive(
    { ...received, date: received.date },
    { accessKeyId: parsed.accessKeyId, secret },
  );
  return timingSafeEqual(expected.signature, parsed.signature)
    ? { ok: true, accessKeyId: parsed.accessKeyId }
    : { ok: false, reason: 'bad-signature' };
}

export function queryPairs(url: URL): QueryPairs {
  return [...url.searchParams.entries()];
}
