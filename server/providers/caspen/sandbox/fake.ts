import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { changeCaspenBooking, newCaspenBooking } from './bookings.ts';
import { createCaspenApp } from './app.ts';
import { generateCaspenData } from './data.ts';
import { caspenRows } from './rows.ts';
import type { CaspenData } from './wire.ts';

const credentials = { CASPEN_API_TOKEN: 'sandbox-caspen-token-7c1f2e9a' } as const;

export const caspenFake = {
  defaultPort: 4101,
  credentials,
  // "60 requests per rolling 60 s, per API key" (caspen.md).
  defaultRateLimit: { limit: 60, windowMs: 60_000 },
  generate: generateCaspenData,
  createApp: (deps) => createCaspenApp({ ...deps, tokens: [credentials.CASPEN_API_TOKEN] }),
  newBooking: newCaspenBooking,
  changeBooking: changeCaspenBooking,
  rows: caspenRows,
} satisfies SandboxFake<CaspenData>;
