import type { ProviderId } from '../../contract/providers.ts';
import type { SyncStatus } from '../../contract/window-response.ts';
import { ProviderError } from './errors.ts';
import { CODE_KINDS } from './http.ts';

/**
 * The mirror's last failure to reach the provider, as the error the UI already knows how to word
 * ("Caspen is not answering", "the key was revoked", …); null while the sync is healthy.
 */
export function syncError(provider: ProviderId, sync: SyncStatus | null | undefined): ProviderError | null {
  if (!sync?.error || (sync.state !== 'stale' && sync.state !== 'error')) return null;
  // The mirror reaches the provider with the server's key, so a refusal is about that key, never the
  // staff member's sign-in.
  const refused = sync.error.code === 'unauthenticated' || sync.error.code === 'forbidden';
  const kind = refused ? 'key-refused' : CODE_KINDS[sync.error.code];
  const retryAfter =
    sync.error.retryAtMs === null
      ? null
      : Math.max(0, Math.ceil((sync.error.retryAtMs - sync.error.atMs) / 1000));
  return new ProviderError({ provider, kind, message: sync.error.message, retryAfter });
}
