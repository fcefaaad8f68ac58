// The staff rate limit on Workers: one Durable Object per staff identity holds that identity's bucket,
// so every isolate, in every location, counts against the same one. Declared in wrangler.jsonc
// (binding STAFF_RATE_LIMIT, class StaffRateLimit).
import { DurableObject } from 'cloudflare:workers';
import {
  takeToken,
  type Bucket,
  type RateDecision,
  type RateLimitConfig,
  type RateLimiter,
} from '../proxy/rate-limit.ts';

export class StaffRateLimit extends DurableObject {
  /** One request of this identity; requests to one object run one at a time, so this cannot race. */
  async take(config: RateLimitConfig): Promise<RateDecision> {
    const previous = await this.ctx.storage.get<Bucket>('bucket');
    const { bucket, decision } = takeToken(previous, Date.now(), config);
    await this.ctx.storage.put('bucket', bucket);
    return decision;
  }
}

export function durableRateLimiter(
  namespace: DurableObjectNamespace<StaffRateLimit>,
  config: RateLimitConfig,
): RateLimiter {
  return (key) => namespace.get(namespace.idFromName(key)).take(config);
}
