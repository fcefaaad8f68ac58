import type { AdapterDeps } from '../contract.ts';
import { ProviderError } from '../errors.ts';
import type { JsonResponse } from '../http.ts';
import { createLimiter } from '../limiter.ts';

/**
 * Keeps every Caspen request of one adapter under the 60-per-60-s key limit (caspen.md "Rate limits"):
 * requests run one at a time, the X-RateLimit-Remaining/-Reset headers of each answer decide whether the
 * next one must wait for the window, and a 429 waits `Retry-After` before trying again (bounded).
 */
export interface Pacer {
  run(request: () => Promise<JsonResponse>, signal?: AbortSignal): Promise<JsonResponse>;
}

export interface PacerOptions {
  now: () => number;
  sleep: AdapterDeps['sleep'];
  /** Requests left unused in each window for other tabs and detail views (default 2). */
  reserve?: number;
  /** Added to the reset instant: `X-RateLimit-Reset` has whole-second resolution (default 250 ms). */
  marginMs?: number;
  /** Upper bound of any single wait (default 65 s: one window plus slack). */
  maxWaitMs?: number;
  /** Attempts per request when answered 429 (default 4). */
  maxAttempts?: number;
}

function intHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

export function createPacer(options: PacerOptions): Pacer {
  const { now, sleep, reserve = 2, marginMs = 250, maxWaitMs = 65_000, maxAttempts = 4 } = options;
  const serial = createLimiter(1);
  let limit: number | null = null;
  let remaining: number | null = null;
  let resetAtMs: number | null = null;

  const bounded = (ms: number) => Math.min(Math.max(ms, 0), maxWaitMs);
  const untilReset = () => (resetAtMs === null ? 1000 : resetAtMs - now() + marginMs);

  function observe(headers: Headers) {
    limit = intHeader(headers, 'x-ratelimit-limit') ?? limit;
    remaining = intHeader(headers, 'x-ratelimit-remaining') ?? remaining;
    const reset = intHeader(headers, 'x-ratelimit-reset');
    if (reset !== null) resetAtMs = reset * 1000;
  }

  async function waitForBudget(signal?: AbortSignal) {
    // A tiny limit (tests) cannot afford the full reserve; keep at least one usable request per window.
    const keep = limit === null ? reserve : Math.min(reserve, Math.max(limit - 1, 0));
    if (remaining === null || remaining > keep) return;
    await sleep(bounded(untilReset()), signal);
    remaining = null; // unknown until the next answer says
  }

  async function attempt(request: () => Promise<JsonResponse>, signal?: AbortSignal) {
    for (let tries = 1; ; tries += 1) {
      await waitForBudget(signal);
      try {
        const response = await request();
        observe(response.headers);
        return response;
      } catch (error) {
        if (!(error instanceof ProviderError) || error.kind !== 'rate-limited' || tries >= maxAttempts)
          throw error;
        remaining = 0;
        const waitMs = error.retryAfter !== null ? error.retryAfter * 1000 : untilReset();
        await sleep(bounded(waitMs), signal);
        remaining = null;
      }
    }
  }

  return { run: (request, signal) => serial.run(() => attempt(request, signal)) };
}
