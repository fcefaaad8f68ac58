import { z } from 'zod';
import { PROVIDER_IDS, providerIdSchema } from '../../contract/providers.ts';
import { faultSpecSchema } from './faults.ts';
import { RATE_LIMITED_FAKES, rateLimitOption, rateLimitVariable } from './registry.ts';
import { SANDBOX_DEFAULT_PORTS } from './start-servers.ts';
import type { StartSandboxOptions } from './start-servers.ts';

const port = z
  .number()
  .int()
  .min(0, { error: 'ports are 0-65535' })
  .max(65_535, { error: 'ports are 0-65535' });

const rate = z
  .string()
  .regex(/^\d+\/\d+$/, { error: 'expected requests/seconds, e.g. 60/60' })
  .transform((v) => v.split('/').map(Number) as [number, number])
  .refine(([limit, seconds]) => limit >= 1 && seconds >= 1, {
    error: 'requests and seconds must both be at least 1',
  })
  .transform(([limit, seconds]) => ({ limit, windowMs: seconds * 1000 }));

const json = z.string().transform((v, ctx) => {
  try {
    return JSON.parse(v) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
    return z.NEVER;
  }
});

/** The variables `npm run sandbox` reads; empty values count as unset. */
const envSchema = z.object({
  SANDBOX_PORTS: z
    .string()
    .regex(new RegExp(`^\\d+(,\\d+){${PROVIDER_IDS.length - 1}}$`), {
      error: `expected one port per provider (${PROVIDER_IDS.join(',')}), e.g. ${SANDBOX_DEFAULT_PORTS.join(',')}`,
    })
    .transform((v) => v.split(',').map(Number))
    .pipe(z.array(port))
    .optional(),
  SANDBOX_SEED: z
    .string()
    .regex(/^-?\d{1,10}$/, { error: 'expected a whole number' })
    .transform(Number)
    .optional(),
  SANDBOX_SIZE: z.coerce.number({ error: 'expected a whole number' }).int().min(0).max(1_000_000).optional(),
  SANDBOX_ANCHOR: z.iso
    .datetime({ offset: true, error: 'expected an ISO 8601 instant, e.g. 2026-01-15T10:00:00Z' })
    .transform(Date.parse)
    .optional(),
  SANDBOX_FAULTS: json.pipe(z.partialRecord(providerIdSchema, faultSpecSchema)).optional(),
  // SANDBOX_<PROVIDER>_RATE_LIMIT for each fake that enforces a budget.
  ...Object.fromEntries(RATE_LIMITED_FAKES.map((id) => [rateLimitVariable(id), rate.optional()])),
});

/**
 * Reads the sandbox's environment into `startSandboxServers` options. Throws one Error whose
 * message names every bad variable and why.
 */
export function parseSandboxEnv(env: Readonly<Record<string, string | undefined>>): StartSandboxOptions {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [name, ...rest] = issue.path.map(String);
      return `  ${name}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
    });
    throw new Error(`Invalid sandbox environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    ...(e.SANDBOX_PORTS && { ports: e.SANDBOX_PORTS }),
    ...(e.SANDBOX_SEED !== undefined && { seed: e.SANDBOX_SEED }),
    ...(e.SANDBOX_SIZE !== undefined && { size: e.SANDBOX_SIZE }),
    ...(e.SANDBOX_ANCHOR !== undefined && { anchorMs: e.SANDBOX_ANCHOR }),
    ...Object.fromEntries(
      RATE_LIMITED_FAKES.flatMap((id) => {
        const value = (e as Record<string, unknown>)[rateLimitVariable(id)];
        return value === undefined ? [] : [[rateLimitOption(id), value]];
      }),
    ),
    ...(e.SANDBOX_FAULTS && { faults: e.SANDBOX_FAULTS }),
  };
}
