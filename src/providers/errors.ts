import type { ProviderId } from '../../contract/providers.ts';

/** `key-refused`: the provider refused the server's own key for it (revoked, or lacking access). */
export type ProviderErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'upstream'
  | 'network'
  | 'invalid-data'
  | 'key-refused';

/** The one error type adapters throw; the UI decides how to show it, once. */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly provider: ProviderId;
  readonly kind: ProviderErrorKind;
  /** HTTP status from the proxy, when there was a response. */
  readonly status: number | null;
  /** Whether trying again later can help (network, timeouts, 5xx, rate limits). */
  readonly retryable: boolean;
  /** Seconds to wait before retrying, when the provider said. */
  readonly retryAfter: number | null;

  constructor(init: {
    provider: ProviderId;
    kind: ProviderErrorKind;
    message: string;
    status?: number | null;
    retryable?: boolean;
    retryAfter?: number | null;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.provider = init.provider;
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.retryable = init.retryable ?? ['network', 'upstream', 'rate-limited'].includes(init.kind);
    this.retryAfter = init.retryAfter ?? null;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

declare module '@tanstack/react-query' {
  /** Every query's error is a ProviderError unless its options say otherwise (the provider config). */
  interface Register {
    defaultError: ProviderError;
  }
}
