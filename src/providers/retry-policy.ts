import { PROVIDER_LABELS, type ProviderId } from '../../contract/providers.ts';
import { isProviderError, ProviderError } from './errors.ts';

const MAX_RETRIES = 2;
/** A provider asking for longer (Retry-After: 60) still gets a retry within this, and staff a countdown. */
const MAX_RETRY_DELAY_MS = 30_000;

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

const scheduled = new WeakMap<object, number>();

/**
 * `retryDelay` that also notes when the retry after `error` will start, so the UI can say "retrying in
 * N s" while TanStack Query waits (it keeps that instant to itself).
 */
export function noteRetryDelay(failureCount: number, error: unknown, now: () => number = Date.now): number {
  const delay = retryDelay(failureCount, error);
  if (typeof error === 'object' && error !== null) scheduled.set(error, now() + delay);
  return delay;
}

/** When the automatic retry after this failure starts (epoch ms), if one was scheduled. */
export function retryStartsAt(error: unknown): number | null {
  return typeof error === 'object' && error !== null ? (scheduled.get(error) ?? null) : null;
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
