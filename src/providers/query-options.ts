import type { ProviderId } from '../../contract/providers.ts';
import { PROVIDER_LABELS } from '../../contract/providers.ts';
import type { ListResult, ProviderProgress } from './contract.ts';
import { isProviderError, ProviderError } from './errors.ts';

/** Lists are expensive (Caspen: a minute of rate budget), so they stay fresh for 5 minutes. */
export const LIST_STALE_MS = 5 * 60_000;
/** Full sets are kept longer than range slices: refetching them costs the most. */
export const FULL_SET_GC_MS = 30 * 60_000;
export const RANGE_GC_MS = 10 * 60_000;
export const DETAIL_STALE_MS = 60_000;
/** `GET /api/providers` changes only when the server is reconfigured. */
export const CONFIG_STALE_MS = 30 * 60_000;

const MAX_RETRIES = 2;
const MAX_RETRY_DELAY_MS = 60_000;

/** What a list query caches: the adapter's result plus the final progress, so a remount still shows it. */
export interface ListQueryData extends ListResult {
  progress: ProviderProgress | null;
}

/** Retry only what can succeed later (network, 5xx, rate limits), at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isProviderError(error) && error.retryable && failureCount < MAX_RETRIES;
}

/** Honours the provider's `Retry-After`; otherwise exponential backoff from 1 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isProviderError(error) && error.retryAfter !== null)
    return Math.min(error.retryAfter * 1000, MAX_RETRY_DELAY_MS);
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

/**
 * Runs an adapter call so that whatever escapes is a ProviderError (the hooks' error type), except an
 * abort, which TanStack Query must see as the cancellation it is.
 */
export async function asProviderError<T>(
  provider: ProviderId,
  signal: AbortSignal,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isProviderError(error) || signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ProviderError({
      provider,
      kind: 'invalid-data',
      message: `${PROVIDER_LABELS[provider]}: unexpected failure (${detail})`,
      retryable: false,
      cause: error,
    });
  }
}
