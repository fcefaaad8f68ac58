// Turns what an upstream answered into what the browser gets: JSON with links rewritten, or the agreed
// error body. Only the pacing headers the adapters need are passed through.
import { PROVIDER_LABELS, type ProviderId } from '../../contract/providers.ts';
import { codeForUpstreamStatus, errorBody, type ProxyErrorBody } from './errors.ts';
import { mayContainLinks, rewriteLinks } from './links.ts';
import { utf8Text } from './body-limit.ts';
import { JsonText } from './respond.ts';
import type { HeaderReader, UpstreamOutcome } from './upstream-call.ts';

/** Upstream headers the browser may see (the adapters pace themselves with them). */
export const PASSED_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
];
const DEFAULT_RETRY_AFTER_S = 60;

export interface MappedResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface MapContext {
  provider: ProviderId;
  apiUrl: string;
  proxyBase: string;
  /** False for providers whose bodies hold no links (the body then goes back as received). */
  rewriteLinks: boolean;
  timeoutMs: number;
  nowMs: number;
  /** Removes configured credentials; applied to upstream text before it is cut short. */
  scrub: (text: string) => string;
}

export function mapUpstream(outcome: UpstreamOutcome, ctx: MapContext): MappedResponse {
  const label = PROVIDER_LABELS[ctx.provider];
  if (outcome.kind === 'timeout')
    return failure(ctx, 504, 'timeout', `${label} did not answer within ${ctx.timeoutMs / 1000} s`);
  if (outcome.kind === 'network') return failure(ctx, 502, 'bad-gateway', `${label} could not be reached`);
  if (outcome.kind === 'too-large')
    return failure(ctx, 502, 'bad-gateway', `${label} answered with a body larger than the proxy accepts`);
  const headers = passedHeaders(outcome.headers);
  const bytes = withoutByteOrderMark(outcome.bytes);
  if (outcome.status >= 200 && outcome.status < 300) {
    const notJson = () =>
      failure(ctx, 502, 'bad-gateway', `${label} answered with something that is not JSON`);
    const text = ctx.rewriteLinks ? utf8Text(bytes) : null;
    if (text === null || !mayContainLinks(text, ctx.apiUrl)) {
      // Nothing to rewrite: only the shape of a JSON document is checked, and the bytes go back as they
      // came. Parsing a page here was a third of the proxy's time, and the browser parses and validates
      // it (zod) anyway.
      if (!looksLikeJsonDocument(bytes)) return notJson();
      return { status: outcome.status, body: new JsonText(bytes), headers };
    }
    const json = parseJson(text);
    if (json === undefined) return notJson();
    return { status: outcome.status, body: rewriteLinks(json, ctx.apiUrl, ctx.proxyBase), headers };
  }
  const json = parseJson(utf8Text(bytes));
  if (outcome.status < 400 || outcome.status > 599)
    return failure(
      ctx,
      502,
      'bad-gateway',
      `${label} answered ${outcome.status}, which the proxy does not follow`,
    );
  const detail = upstreamMessage(json, ctx.scrub);
  const message = `${label} answered ${outcome.status}${detail ? `: ${detail}` : ''}`;
  const code = codeForUpstreamStatus(outcome.status);
  if (outcome.status !== 429)
    return { status: outcome.status, body: errorBody(ctx.provider, outcome.status, code, message), headers };
  const retryAfter = retryAfterSeconds(outcome.headers, ctx.nowMs);
  return {
    status: 429,
    body: errorBody(ctx.provider, 429, code, message, retryAfter),
    headers: { ...headers, 'retry-after': String(retryAfter) },
  };
}

function failure(
  ctx: MapContext,
  status: number,
  code: ProxyErrorBody['code'],
  message: string,
): MappedResponse {
  return { status, body: errorBody(ctx.provider, status, code, message), headers: {} };
}

function passedHeaders(upstream: HeaderReader): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = upstream.get(name);
    // Numbers or an HTTP date only: nothing that could smuggle another header or a secret.
    if (value !== null && /^[A-Za-z0-9 ,:.+-]{1,64}$/.test(value)) out[name] = value;
  }
  return out;
}

/**
 * An object or array from its first to its last non-blank character: what an HTML error page, an empty
 * body or a body cut short (the sandbox's malformed-JSON fault) is not. Anything subtler fails the
 * browser's own parse, which reports it as "not JSON" for that provider. Text or its UTF-8 bytes: the
 * characters looked at are all ASCII.
 */
export function looksLikeJsonDocument(doc: string | Uint8Array): boolean {
  const code = typeof doc === 'string' ? (i: number) => doc.charCodeAt(i) : (i: number) => doc[i] ?? 0;
  let first = 0;
  let last = doc.length - 1;
  while (first <= last && isJsonBlank(code(first))) first += 1;
  while (last > first && isJsonBlank(code(last))) last -= 1;
  if (last <= first) return false;
  const [open, close] = [code(first), code(last)];
  return (open === 0x7b && close === 0x7d) || (open === 0x5b && close === 0x5d);
}

/** What `Response.text()` drops too: a UTF-8 byte order mark at the start. */
function withoutByteOrderMark(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** JSON's insignificant whitespace: space, tab, line feed, carriage return. */
function isJsonBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Most providers put a `message` string in error bodies, at the top or under `error`; some document none. */
function upstreamMessage(json: unknown, scrub: (text: string) => string): string | null {
  if (json === null || typeof json !== 'object') return null;
  const record = json as Record<string, unknown>;
  const nested =
    record.error !== null && typeof record.error === 'object'
      ? (record.error as Record<string, unknown>)
      : {};
  const raw = [record.message, record.error, nested.message].find((v): v is string => typeof v === 'string');
  if (raw === undefined) return null;
  // eslint-disable-next-line no-control-regex -- upstream text is shown to staff: keep it one short line
  const clean = scrub(raw.replace(/[\u0000-\u001f\u007f]+/g, ' ')).trim();
  return clean === '' ? null : clean.slice(0, 300);
}

/** Retry-After in seconds or as an HTTP date; else X-RateLimit-Reset (unix seconds); else 60. */
export function retryAfterSeconds(headers: HeaderReader, nowMs: number): number {
  const header = headers.get('retry-after')?.trim();
  if (header && /^\d{1,7}$/.test(header)) return Math.max(1, Number(header));
  const date = header ? Date.parse(header) : Number.NaN;
  if (Number.isFinite(date)) return clampSeconds((date - nowMs) / 1000);
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset && /^\d{1,12}$/.test(reset)) return clampSeconds(Number(reset) - nowMs / 1000);
  return DEFAULT_RETRY_AFTER_S;
}

function clampSeconds(seconds: number): number {
  return Math.min(3600, Math.max(1, Math.ceil(seconds)));
}
