import type { Hono } from 'hono';
import type { ProviderId } from '../../contract/providers.ts';
import { createAppointmentOneApp } from '../providers/appointment-one/sandbox/app.ts';
import { createCaspenApp } from '../providers/caspen/sandbox/app.ts';
import { SANDBOX_CREDENTIALS } from './credentials.ts';
import { generateSandboxData, type SandboxData } from './data/generate-data.ts';
import { createFaultController, type FaultController, type FaultSpec } from './faults.ts';
import { createOnliveApp } from '../providers/onlive/sandbox/app.ts';
import type { RateLimit } from './rate-limiter.ts';

export type { SandboxData } from './data/generate-data.ts';
export type { FaultController, FaultSpec } from './faults.ts';

export interface SandboxOptions {
  /** Seed of the data generator (default 42). */
  seed?: number;
  /** The instant the data is generated around (default: `clock()` at creation). */
  anchorMs?: number;
  /** For signature windows and rate limits (default `Date.now`). */
  clock?: () => number;
  /** Appointments per provider (default 1500). */
  size?: number;
  /** Default 60 per 60 s, as Caspen documents. */
  caspenRateLimit?: RateLimit;
  /** Default 1000 per 60 s, as ONLIVE.SITE documents for reads. */
  onliveRateLimit?: RateLimit;
  faults?: Partial<Record<ProviderId, FaultSpec>>;
}

export interface Sandbox {
  /** One in-process app per provider; `app.request(url, init)` or serve with @hono/node-server. */
  apps: Record<ProviderId, Hono>;
  faults: FaultController;
  /** The wire records exactly as served, so tests can compute what to expect. */
  data: SandboxData;
}

export const SANDBOX_DEFAULTS = {
  seed: 42,
  size: 1500,
  caspenRateLimit: { limit: 60, windowMs: 60_000 },
  onliveRateLimit: { limit: 1000, windowMs: 60_000 },
} as const;

/** Builds the three fake providers over one seeded data set, sharing one fault controller. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? Date.now;
  const caspenRateLimit = checkRate(
    options.caspenRateLimit ?? SANDBOX_DEFAULTS.caspenRateLimit,
    'caspenRateLimit',
  );
  const onliveRateLimit = checkRate(
    options.onliveRateLimit ?? SANDBOX_DEFAULTS.onliveRateLimit,
    'onliveRateLimit',
  );
  const data = generateSandboxData({
    seed: options.seed ?? SANDBOX_DEFAULTS.seed,
    anchorMs: options.anchorMs ?? clock(),
    size: options.size ?? SANDBOX_DEFAULTS.size,
  });
  const faults = createFaultController(options.faults);
  const apps: Record<ProviderId, Hono> = {
    caspen: createCaspenApp({
      data: data.caspen,
      faults,
      clock,
      rateLimit: caspenRateLimit,
      tokens: [SANDBOX_CREDENTIALS.CASPEN_API_TOKEN],
    }),
    'appointment-one': createAppointmentOneApp({
      data: data['appointment-one'],
      faults,
      apiKeys: [SANDBOX_CREDENTIALS.APPOINTMENT_ONE_API_KEY],
    }),
    onlive: createOnliveApp({
      data: data.onlive,
      faults,
      clock,
      rateLimit: onliveRateLimit,
      credentials: {
        [SANDBOX_CREDENTIALS.ONLIVE_ACCESS_KEY_ID]: SANDBOX_CREDENTIALS.ONLIVE_SECRET_ACCESS_KEY,
      },
    }),
  };
  return { apps, faults, data };
}

function checkRate(rate: RateLimit, name: string): RateLimit {
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
