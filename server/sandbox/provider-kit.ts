import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProviderId } from '../../contract/providers.ts';
import { mountControlRoute } from './control-route.ts';
import { faultMiddleware } from './fault-middleware.ts';
import { liveIndex } from './data-version.ts';
import type { FaultController } from './faults.ts';
import type { FakeControl } from './sandbox-fake.ts';

/** Answers an error in the provider's own documented (or assumed) error body. */
export type ErrorResponder = (
  c: Context,
  status: ContentfulStatusCode,
  message?: string,
  headers?: Record<string, string>,
) => Response;

/** What every fake provider app shares: who it is, its faults, and how it words errors. */
export interface ProviderKit {
  provider: ProviderId;
  faults: FaultController;
  error: ErrorResponder;
  /** Extra headers on a 429 storm (Caspen sends its rate-limit headers on every response). */
  stormHeaders?: () => Record<string, string>;
  /** Bookings and request counts behind the control routes (createSandbox always passes one). */
  control?: FakeControl;
}

/**
 * A Hono app with the control route, the fault middleware and provider-shaped 404/500 answers.
 * The provider module adds its auth middleware and routes after this.
 */
export function createProviderApp(kit: ProviderKit): Hono {
  const app = new Hono();
  mountControlRoute(app, kit.provider, kit.faults, kit.control);
  app.use('*', faultMiddleware(kit));
  app.notFound((c) => kit.error(c, 404));
  app.onError((err, c) => {
    console.error(`[sandbox ${kit.provider}]`, err);
    return kit.error(c, 500);
  });
  return app;
}

/** Parses an optional positive integer query value; `undefined` when absent, `null` when invalid. */
export function intParam(value: string | undefined, min: number, max: number): number | null | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** The list page with its first item copied minus `field`: the `invalidRecord` fault. */
export function breakFirst<T extends object>(items: readonly T[], field: keyof T): T[] {
  const [first, ...rest] = items;
  if (first === undefined) return [];
  const broken = { ...first };
  delete broken[field];
  return [broken, ...rest];
}

/**
 * Finds a record by id through a Map built once (100,000 records per provider in benchmarks), and again
 * after a booking hook changed the list.
 */
export function indexById<T extends { id: string }>(items: readonly T[]): { get(id: string): T | undefined } {
  const index = liveIndex(items, () => new Map(items.map((item) => [item.id, item])));
  return { get: (id) => index().get(id) };
}
