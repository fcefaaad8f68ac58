// The request budget of one provider key, spent by the mirror alone. It learns the provider's limit and
// window from `X-RateLimit-Limit/Remaining/Reset` (caspen.md, "Rate limits") and keeps the mirror to a
// share of it (80%), so live reads by staff always fit; `Retry-After` on a 429 pauses it.
import { z } from 'zod';

export interface RateBudget {
  limit: number;
  windowMs: number;
}

export const budgetStateSchema = z.object({
  limit: z.number().int().positive(),
  windowMs: z.number().positive(),
  /** Whether `limit` and `windowMs` came from the provider's headers rather than the documented default. */
  learned: z.boolean(),
  /** Send times of the mirror's own requests still inside the window. */
  sent: z.array(z.number()),
  pausedUntilMs: z.number().nullable(),
});
export type BudgetState = z.infer<typeof budgetStateSchema>;

export interface HeaderValues {
  get(name: string): string | undefined;
}

export const BUDGET_SHARE = 0.8;
/** Slack added to every computed wait: the provider counts arrival, the mirror counts departure. */
const MARGIN_MS = 50;

export function initialBudget(fallback: RateBudget): BudgetState {
  return { ...fallback, learned: false, sent: [], pausedUntilMs: null };
}

/** Requests the mirror may have inside one window. */
export function share(state: BudgetState): number {
  return Math.max(1, Math.floor(state.limit * BUDGET_SHARE));
}

/** The average time one request costs at the mirror's share: the pace scans are estimated with. */
export function msPerRequest(state: BudgetState): number {
  return state.windowMs / share(state);
}

/** The earliest instant the next request may leave. */
export function nextSendAt(state: BudgetState, nowMs: number): number {
  const allowed = share(state);
  const inWindow = state.sent.filter((t) => t > nowMs - state.windowMs);
  const rolling =
    inWindow.length >= allowed
      ? (inWindow[inWindow.length - allowed] ?? nowMs) + state.windowMs + MARGIN_MS
      : nowMs;
  return Math.max(nowMs, rolling, state.pausedUntilMs ?? nowMs);
}

export function recordSend(state: BudgetState, atMs: number): BudgetState {
  return { ...state, sent: [...state.sent.filter((t) => t > atMs - state.windowMs), atMs] };
}

/**
 * Reads the rate headers of one answer. The window is learned as `reset - oldest counted request`: with
 * `count = limit - remaining` requests in the window and the mirror the only spender, the oldest is the
 * mirror's own `count`-th latest send. Another spender only makes that estimate longer (safe), and the
 * whole-second `reset` errs long too, so the smallest estimate seen is kept.
 */
export function observe(state: BudgetState, headers: HeaderValues, nowMs: number): BudgetState {
  const limit = wholeNumber(headers.get('x-ratelimit-limit'));
  const remaining = wholeNumber(headers.get('x-ratelimit-remaining'));
  const reset = wholeNumber(headers.get('x-ratelimit-reset'));
  if (limit === null || limit < 1) return state;
  let next: BudgetState = { ...state, limit, learned: true };
  if (remaining === null || reset === null) return next;
  const count = limit - remaining;
  const oldest = state.sent[state.sent.length - count];
  if (count >= 1 && oldest !== undefined) {
    const estimate = reset * 1000 - oldest;
    if (estimate > 0 && (!state.learned || estimate < state.windowMs)) next = { ...next, windowMs: estimate };
  }
  // Others (staff reading live) have spent the rest of the mirror's share: wait for the window to move.
  // The mirror's own requests alone never trigger this: its rolling window already keeps to the share.
  const own = state.sent.filter((t) => t > nowMs - next.windowMs).length;
  if (count > own && count >= share(next) && reset * 1000 > nowMs)
    next = { ...next, pausedUntilMs: Math.max(next.pausedUntilMs ?? 0, reset * 1000 + MARGIN_MS) };
  return next;
}

/** A 429: nothing leaves before `Retry-After` has passed. */
export function pauseFor(state: BudgetState, seconds: number, nowMs: number): BudgetState {
  return { ...state, pausedUntilMs: Math.max(state.pausedUntilMs ?? 0, nowMs + seconds * 1000 + MARGIN_MS) };
}

function wholeNumber(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,15}$/.test(value.trim()) ? Number(value) : null;
}
