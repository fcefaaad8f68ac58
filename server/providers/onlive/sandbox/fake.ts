import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { createOnliveApp } from './app.ts';
import { generateOnliveData } from './data.ts';
import { onliveRows } from './rows.ts';
import type { OnliveData } from './wire.ts';

const credentials = {
  ONLIVE_ACCESS_KEY_ID: 'AKSANDBOXONLIVE01',
  ONLIVE_SECRET_ACCESS_KEY: 'sandbox-onlive-secret-91d6a0c3f2',
} as const;

// 1000 reads per minute per access key (onlive.md, "Rate limits").
const RATE_LIMIT = { limit: 1000, windowMs: 60_000 };

export const onliveFake = {
  basePath: '/api/v1',
  defaultPort: 4103,
  credentials,
  defaultRateLimit: RATE_LIMIT,
  generate: generateOnliveData,
  createApp: ({ data, faults, clock, rateLimit }) =>
    createOnliveApp({
      data,
      faults,
      clock,
      rateLimit: rateLimit ?? RATE_LIMIT,
      credentials: { [credentials.ONLIVE_ACCESS_KEY_ID]: credentials.ONLIVE_SECRET_ACCESS_KEY },
    }),
  rows: onliveRows,
} satisfies SandboxFake<OnliveData>;
