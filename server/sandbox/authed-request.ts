import type { Hono } from 'hono';
import type { ProviderId } from '../../contract/providers.ts';
import { onliveAuthHeaders } from '../providers/onlive/signer.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';

/** The auth headers each provider documents, made with the sandbox credentials. */
export async function sandboxAuthHeaders(
  provider: ProviderId,
  url: URL,
  nowMs: number,
): Promise<Record<string, string>> {
  switch (provider) {
    case 'caspen':
      return { authorization: `Bearer ${SANDBOX_CREDENTIALS.CASPEN_API_TOKEN}` };
    case 'appointment-one':
      return { authorization: SANDBOX_CREDENTIALS.APPOINTMENT_ONE_API_KEY };
    case 'onlive':
      return onliveAuthHeaders(
        { method: 'GET', url },
        {
          accessKeyId: SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID,
          secret: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
        },
        nowMs,
      );
  }
}

/** An authenticated in-process GET, e.g. `authedGet(sandbox.apps.onlive, 'onlive', 'http://sandbox.test/api/v1/calendars')`. */
export async function authedGet(
  app: Hono,
  provider: ProviderId,
  url: string,
  options: { nowMs?: number; signal?: AbortSignal } = {},
): Promise<Response> {
  const headers = await sandboxAuthHeaders(provider, new URL(url), options.nowMs ?? Date.now());
  return app.request(url, { headers, ...(options.signal ? { signal: options.signal } : {}) });
}
