import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { createCaspenApp } from './app.ts';
import { generateCaspenData } from './data.ts';
import { caspenRows } from './rows.ts';
import type { CaspenData } from './wire.ts';

const credentials = { CASPEN_API_TOKEN: 'sandbox-caspen-token-7c1f2e9a' } as const;

// "60 requests per rolling 60 s, per API key" (caspen.md).
const RATE_LIMIT = { limit: 60, windowMs: 60_000 };

export const caspenFake = {
  basePath: '/v1',
  defaultPort: 4101,
  credentials,
  defaultRateLimit: RATE_LIMIT,
  generate: generateCaspenData,
  createApp: ({ data, faults, clock, rateLimit }) =>
    createCaspenApp({
      data,
      faults,
      clock,
      rateLimit: rateLimit ?? RATE_LIMIT,
      tokens: [credentials.CASPEN_API_TOKEN],
    }),
  rows: caspenRows,
} satisfies SandboxFake<CaspenData>;
