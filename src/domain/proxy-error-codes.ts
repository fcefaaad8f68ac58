/**
 * The `code` of the proxy's error JSON `{ provider, status, code, message, retryAfter? }`: one list for
 * both sides of the boundary (server/proxy writes it, src/providers maps it to ProviderError kinds).
 */
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
