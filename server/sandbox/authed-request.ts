import type { Hono } from 'hono';
import type { ProviderId } from '../../contract/providers.ts';
import { SERVER_PROVIDERS } from '../providers/registry.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';

/** The auth headers each provider documents, made with the sandbox credentials by the proxy's own code. */
export function sandboxAuthHeaders(
  provider: ProviderId,
  url: URL,
  nowMs: number,
): Promise<Record<string, string>> {
  return SERVER_PROVIDERS[provider].authHeaders(SANDBOX_CREDENTIALS, url, nowMs);
}

/** An authenticated in-process GET, e.g. `authedGet(sandbox.apps[id], id, 'http://sandbox.test/api/v1/calendars')`. */
export async function authedGet(
  app: Hono,
  provider: ProviderId,
  url: string,
  options: { nowMs?: number; signal?: AbortSignal } = {},
): Promise<Response> {
  const headers = await sandboxAuthHeaders(provider, new URL(url), options.nowMs ?? Date.now());
  return app.request(url, { headers, ...(options.signal ? { signal: options.signal } : {}) });
}
