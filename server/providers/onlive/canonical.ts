// The ONLIVE.SITE canonical request, isolated so that the day the official layout is confirmed only
// this module and its golden vectors change (../shared/providers/onlive.md, "The scheme this project
// implements", steps 2 to 5).
import { sha256Hex } from '../../signing/web-crypto.ts';

export const ONLIVE_ALGORITHM = 'ONLIVESITE-HMAC-SHA256';
export const ONLIVE_DATE_HEADER = 'x-onlive-site-date';

/** SHA-256 of the empty body every GET carries, computed once. */
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export type QueryPairs = ReadonlyArray<readonly [string, string]>;

/** What the signature covers: the request as it goes on the wire. */
export interface OnliveRequestParts {
  method: string;
  /** Raw request path as sent (may be percent-encoded). */
  path: string;
  /** Query pairs in any order; repeated keys are separate pairs. */
  query: QueryPairs;
  /** Host header as sent; default ports must already be left out. */
  host: string;
  /** `YYYYMMDDTHHmmssZ`, as in the x-onlive-site-date header. */
  date: string;
  body?: string | Uint8Array;
}

/** RFC 3986: unreserved characters kept, every other UTF-8 byte as upper-case %XX. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function canonicalQuery(pairs: QueryPairs): string {
  return pairs
    .map(([k, v]) => [encodeRfc3986(k), encodeRfc3986(v)] as const)
    .sort(([ka, va], [kb, vb]) => (ka === kb ? compare(va, vb) : compare(ka, kb)))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Each segment decoded once and re-encoded; a segment that does not decode is encoded as is. */
export function canonicalPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeRfc3986(safeDecode(segment)))
    .join('/');
}

export async function canonicalRequest(parts: OnliveRequestParts): Promise<string> {
  return [
    parts.method.toUpperCase(),
    canonicalPath(parts.path),
    canonicalQuery(parts.query),
    `host:${parts.host.toLowerCase()}`,
    `${ONLIVE_DATE_HEADER}:${parts.date}`,
    parts.body === undefined || parts.body.length === 0 ? EMPTY_BODY_SHA256 : await sha256Hex(parts.body),
  ].join('\n');
}

export async function stringToSign(date: string, canonical: string): Promise<string> {
  return [ONLIVE_ALGORITHM, date, await sha256Hex(canonical)].join('\n');
}

// Code-unit order, as SigV4 sorts: locale-aware comparison would differ between runtimes.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
