import { z } from 'zod';
import type { ProviderId } from '../../contract/providers.ts';

/** What can go wrong with one sandbox provider; every field is optional and off by default. */
export interface FaultSpec {
  /** Added before every response. */
  latencyMs?: number;
  /** Answer every request with this status and the provider's error body. */
  status?: 500 | 502 | 503;
  /** Never answer; the request ends only when the client aborts it. */
  hang?: boolean;
  /** Answer 2xx responses with a truncated JSON body. */
  malformedJson?: boolean;
  /** Break the wire schema of one appointment on every list page. */
  invalidRecord?: boolean;
  /** Answer 429 + `Retry-After: 1` to every request. */
  rateLimitStorm?: boolean;
  /** Shift the clock used for signature windows, so fresh signatures look stale. */
  clockSkewMs?: number;
}

export const faultSpecSchema: z.ZodType<FaultSpec> = z.strictObject({
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
  hang: z.boolean().optional(),
  malformedJson: z.boolean().optional(),
  invalidRecord: z.boolean().optional(),
  rateLimitStorm: z.boolean().optional(),
  clockSkewMs: z.number().int().optional(),
});

export interface FaultController {
  /** Replaces the provider's faults (no merge). */
  set(provider: ProviderId, spec: FaultSpec): void;
  /** Clears one provider's faults, or every provider's when called without one. */
  clear(provider?: ProviderId): void;
  /** The provider's current faults; `{}` when none. */
  get(provider: ProviderId): FaultSpec;
}

export function createFaultController(initial: Partial<Record<ProviderId, FaultSpec>> = {}): FaultController {
  const specs = new Map<ProviderId, FaultSpec>();
  for (const [provider, spec] of Object.entries(initial) as [ProviderId, FaultSpec | undefined][]) {
    if (spec) specs.set(provider, faultSpecSchema.parse(spec));
  }
  return {
    set: (provider, spec) => void specs.set(provider, faultSpecSchema.parse(spec)),
    clear: (provider) => (provider ? void specs.delete(provider) : specs.clear()),
    get: (provider) => ({ ...specs.get(provider) }),
  };
}
