import type { ProviderId } from '../../contract/providers.ts';
import { PROVIDER_LABELS } from '../../contract/providers.ts';
import { ProviderError, type ProviderErrorKind } from './errors.ts';
import { proxyErrorBodySchema, type ProxyErrorCode } from '../../contract/proxy-error.ts';

/** A successful JSON response from the proxy. `headers` carries the passed-through rate-limit headers. */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface HttpClient {
  /** GETs `url` (a same-origin proxy URL) and parses JSON; every failure is a ProviderError. */
  getJson(url: string, signal?: AbortSignal): Promise<JsonResponse>;
}

/** How each proxy error code reads to the UI. */
export const CODE_KINDS: Record<ProxyErrorCode, ProviderErrorKind> = {
  unauthenticated: 'auth',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'method-not-allowed': 'upstream',
  'bad-request': 'upstream',
  'rate-limited': 'rate-limited',
  timeout: 'network',
  'bad-gateway': 'upstream',
  upstream: 'upstream',
};

export function createHttpClient(provider: ProviderId, fetchFn: typeof fetch, now: () => number): HttpClient {
  const label = PROVIDER_LABELS[provider];
  return {
    async getJson(url, signal) {
      const response = await send(fetchFn, url, signal, provider, label);
      const text = await readText(response, signal, provider, label);
      if (!response.ok) throw errorFromResponse(provider, response, text, now());
      try {
        return { status: response.status, headers: response.headers, body: JSON.parse(text) as unknown };
      } catch (cause) {
        throw new ProviderError({
          provider,
          kind: 'invalid-data',
          status: response.status,
          message: `${label} answered with a body that is not JSON`,
          cause,
        });
      }
    },
  };
}

async function send(
  fetchFn: typeof fetch,
  url: string,
  signal: AbortSignal | undefined,
  provider: ProviderId,
  label: string,
) {
  try {
    return await fetchFn(url, { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    throw networkError(cause, signal, provider, `${label} could not be reached`);
  }
}

async function readText(
  response: Response,
  signal: AbortSignal | undefined,
  provider: ProviderId,
  label: string,
) {
  try {
    return await response.text();
  } catch (cause) {
    throw networkError(cause, signal, provider, `${label}: the response was cut off`);
  }
}

/** Aborts are re-thrown untouched so TanStack Query sees a cancellation, not a provider failure. */
function networkError(
  cause: unknown,
  signal: AbortSignal | undefined,
  provider: ProviderId,
  message: string,
) {
  if (signal?.aborted) return cause;
  return new ProviderError({ provider, kind: 'network', message, cause });
}

/** Maps a non-2xx answer: the proxy's error JSON when present, else the bare status code. */
export function errorFromResponse(
  provider: ProviderId,
  response: Response,
  text: string,
  nowMs: number,
): ProviderError {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  const parsed = proxyErrorBodySchema.safeParse(safeJson(text));
  if (parsed.success) {
    const { code, message } = parsed.data;
    const kind = CODE_KINDS[code];
    const retryable =
      kind === 'rate-limited' || kind === 'network' || code === 'bad-gateway' || status >= 500;
    return new ProviderError({
      provider,
      kind,
      status,
      message,
      retryable,
      retryAfter: parsed.data.retryAfter ?? retryAfter,
    });
  }
  const kind = kindFromStatus(status);
  const message = `${PROVIDER_LABELS[provider]} answered HTTP ${status}`;
  return new ProviderError({
    provider,
    kind,
    status,
    message,
    retryable: kind === 'rate-limited' || status >= 500,
    retryAfter,
  });
}

function kindFromStatus(status: number): ProviderErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  return 'upstream';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** `Retry-After` is seconds or an HTTP date (RFC 9110 §10.2.3); returns seconds, or null. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}
