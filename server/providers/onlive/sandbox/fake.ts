import type { SandboxFake } from '../../../sandbox/sandbox-fake.ts';
import { createOnliveApp } from './app.ts';
import { generateOnliveData } from './data.ts';
import { onliveRows } from './rows.ts';
import type { OnliveData } from './wire.ts';

const credentials = {
  ONLIVE_ACCESS_KEY_ID: 'AKSANDBOXONLIVE01',
  ONLIVE_SECRET_ACCESS_KEY: 'sandbox-onlive-secret-91d6a0c3f2',
} as const;

export const onliveFake = {
  defaultPort: 4103,
  credentials,
  // 1000 reads per minute per access key (onlive.md, "Rate limits").
  defaultRateLimit: { limit: 1000, windowMs: 60_000 },
  generate: generateOnliveData,
  createApp: (deps) =>
    createOnliveApp({
      ...deps,
      // The fake looks secrets up by access key id.
      credentials: { [credentials.ONLIVE_ACCESS_KEY_ID]: credentials.ONLIVE_SECRET_ACCESS_KEY },
    }),
  rows: onliveRows,
} satisfies SandboxFake<OnliveData>;
