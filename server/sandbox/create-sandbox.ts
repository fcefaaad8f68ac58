import type { Hono } from 'hono';
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { createBookingHooks, type BookingHooks } from './bookings.ts';
import { generateSandboxData, type SandboxData } from './data/generate-data.ts';
import { createFakeControls } from './fake-controls.ts';
import { createFaultController, type FaultController, type FaultSpec } from './faults.ts';
import type { RateLimit } from './rate-limiter.ts';
import { rateLimitOption, SANDBOX_FAKES, type RateLimitOptions } from './registry.ts';

export type { SandboxData } from './data/generate-data.ts';
export type { FaultController, FaultSpec } from './faults.ts';
export type { BookingHooks } from './bookings.ts';

export interface SandboxOptions extends RateLimitOptions {
  /** Seed of the data generator (default 42). */
  seed?: number;
  /** The instant the data is generated around (default: `clock()` at creation). */
  anchorMs?: number;
  /** For signature windows and rate limits (default `Date.now`). */
  clock?: () => number;
  /** Appointments per provider (default 1500). */
  size?: number;
  faults?: Partial<Record<ProviderId, FaultSpec>>;
}

export interface Sandbox {
  /** One in-process app per provider; `app.request(url, init)` or serve with @hono/node-server. */
  apps: Record<ProviderId, Hono>;
  faults: FaultController;
  /** The wire records exactly as served, so tests can compute what to expect. */
  data: SandboxData;
  /** Create or change bookings while the sandbox runs. */
  bookings: BookingHooks;
}

export const SANDBOX_DEFAULTS = { seed: 42, size: 1500 } as const;
/** What a fake with no documented budget is handed; it enforces none. */
const NO_BUDGET: RateLimit = { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };

/** Builds every fake provider over one seeded data set, sharing one fault controller. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? Date.now;
  const seed = options.seed ?? SANDBOX_DEFAULTS.seed;
  const data = generateSandboxData({
    seed,
    anchorMs: options.anchorMs ?? clock(),
    size: options.size ?? SANDBOX_DEFAULTS.size,
  });
  const faults = createFaultController(options.faults);
  const bookings = createBookingHooks(data);
  const controls = createFakeControls({ data, bookings, clock, seed });
  const app = <K extends ProviderId>(id: K): Hono => {
    const fake = SANDBOX_FAKES[id];
    const rateLimit = rateLimitOf(options, id) ?? fake.defaultRateLimit ?? NO_BUDGET;
    return fake.createApp({ data: data[id], faults, clock, rateLimit, control: controls[id] });
  };
  const apps = Object.fromEntries(PROVIDER_IDS.map((id) => [id, app(id)])) as Record<ProviderId, Hono>;
  return { apps, faults, data, bookings };
}

function rateLimitOf(options: SandboxOptions, id: ProviderId): RateLimit | undefined {
  const name = rateLimitOption(id);
  const rate = (options as Record<string, RateLimit | undefined>)[name];
  if (rate === undefined) return undefined;
  if (!(
    Number.isSafeInteger(rate.limit) &&
    rate.limit >= 1 &&
    Number.isFinite(rate.windowMs) &&
    rate.windowMs > 0
  )) {
    throw new RangeError(`${name} needs a whole limit ≥ 1 and a positive windowMs`);
  }
  return rate;
}
