// The sandbox registry: one fake per provider. A provider in PROVIDER_IDS without a line here fails
// typecheck (and registry.test.ts); create-sandbox, the credentials, env, banner and servers derive from it.
import { PROVIDER_IDS, type ProviderId } from '../../contract/providers.ts';
import { appointmentOneFake } from '../providers/appointment-one/sandbox/fake.ts';
import { caspenFake } from '../providers/caspen/sandbox/fake.ts';
import { onliveFake } from '../providers/onlive/sandbox/fake.ts';
import type { RateLimit } from './rate-limiter.ts';
import type { SandboxFake } from './sandbox-fake.ts';

const fakes = {
  caspen: caspenFake,
  'appointment-one': appointmentOneFake,
  onlive: onliveFake,
};

type Fakes = typeof fakes;

/** Every fake's wire records, exactly as it serves them. */
export type SandboxData = { [K in ProviderId]: ReturnType<Fakes[K]['generate']> };

export const SANDBOX_FAKES: { [K in ProviderId]: SandboxFake<SandboxData[K]> } = fakes;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every fake's credentials in one object, in PROVIDER_IDS order: what `npm run sandbox` prints. */
export type SandboxCredentials = Intersection<Fakes[ProviderId]['credentials']>;

type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
type RateLimited = {
  [K in ProviderId]: Fakes[K] extends { defaultRateLimit: RateLimit } ? K : never;
}[ProviderId];

/** `caspenRateLimit` and the like: one per fake that enforces a budget. */
export type RateLimitOptions = { [K in RateLimited as `${Camel<K>}RateLimit`]?: RateLimit };

export const RATE_LIMITED_FAKES = PROVIDER_IDS.filter((id) => SANDBOX_FAKES[id].defaultRateLimit);

export function rateLimitOption(id: ProviderId): string {
  return `${id.replace(/-(.)/g, (_, c: string) => c.toUpperCase())}RateLimit`;
}

export function rateLimitVariable(id: ProviderId): string {
  return `SANDBOX_${id.toUpperCase().replaceAll('-', '_')}_RATE_LIMIT`;
}
