// The error body every /api answer carries on failure: `{ provider, status, code, message, retryAfter? }`.
// The server writes it, the browser maps `code` to a ProviderError kind.
import { z } from 'zod/mini';
import type { ProviderId } from './providers.ts';

export const PROXY_ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'bad-request',
  'rate-limited',
  'timeout',
  'bad-gateway',
  'upstream',
] as const;
export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number];

/** Loose on read: a newer server may add fields, and `provider` may name one this build lacks. */
export const proxyErrorBodySchema = z.looseObject({
  provider: z.nullish(z.string()),
  status: z.optional(z.number()),
  code: z.enum(PROXY_ERROR_CODES),
  message: z.string(),
  retryAfter: z.nullish(z.number()),
});

/** What the server writes. */
export interface ProxyErrorBody {
  provider: ProviderId | null;
  status: number;
  code: ProxyErrorCode;
  message: string;
  /** Seconds; present on 429 and 503. */
  retryAfter?: number;
}
