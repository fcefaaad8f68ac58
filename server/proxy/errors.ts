// The proxy's error vocabulary, agreed with the browser adapters: JSON
// `{ provider, status, code, message, retryAfter? }` with one of these codes.
import type { ProviderId } from '../../contract/providers.ts';
import type { ProxyErrorBody, ProxyErrorCode } from '../../contract/proxy-error.ts';

export type ErrorCode = ProxyErrorCode;
export type { ProxyErrorBody } from '../../contract/proxy-error.ts';

/** A refusal decided before anything is forwarded. */
export class ProxyRefusal extends Error {
  override readonly name = 'ProxyRefusal';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Which code an upstream error status maps to. */
export function codeForUpstreamStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 405) return 'method-not-allowed';
  if (status === 429) return 'rate-limited';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'upstream';
  return 'bad-request';
}

export function errorBody(
  provider: ProviderId | null,
  status: number,
  code: ErrorCode,
  message: string,
  retryAfter?: number,
): ProxyErrorBody {
  return { provider, status, code, message, ...(retryAfter === undefined ? {} : { retryAfter }) };
}
