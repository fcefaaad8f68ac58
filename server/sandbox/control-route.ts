import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ProviderId } from '../../contract/providers.ts';
import { mountBookingRoutes } from './booking-route.ts';
import { faultSpecSchema, type FaultController } from './faults.ts';
import type { FakeControl } from './sandbox-fake.ts';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/** The peer address when served by @hono/node-server; undefined in process (`app.request`). */
function remoteAddress(c: Context): string | undefined {
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}

// In-process callers (tests) have no socket and are local by construction.
const loopbackOnly: MiddlewareHandler = async (c, next) => {
  const address = remoteAddress(c);
  if (address !== undefined && !isLoopback(address)) {
    return c.json({ message: 'The sandbox control routes answer loopback callers only.' }, 403);
  }
  return next();
};

/**
 * The `/__sandbox` routes, loopback only, mounted before the fault middleware so faults never apply
 * there: faults, and with `control` the bookings and request counts (counted from here on, so control
 * calls are not).
 */
export function mountControlRoute(
  app: Hono,
  provider: ProviderId,
  faults: FaultController,
  control?: FakeControl,
): void {
  app.use('/__sandbox/*', loopbackOnly);
  mountFaultRoute(app, provider, faults);
  if (control === undefined) return;
  mountBookingRoutes(app, control);
  app.get('/__sandbox/requests', (c) => c.json(control.counts()));
  app.delete('/__sandbox/requests', (c) => {
    control.resetCounts();
    return c.json(control.counts());
  });
  // Every request that reaches the provider's API, whatever it is answered (401, 429, a fault).
  app.use('*', async (c, next) => {
    if (!c.req.path.startsWith('/__sandbox/'))
      control.count(c.req.method, c.req.path, c.req.header('user-agent'));
    return next();
  });
}

/** `GET|PUT|DELETE /__sandbox/faults`: read, replace or clear this provider's FaultSpec. */
function mountFaultRoute(app: Hono, provider: ProviderId, faults: FaultController): void {
  app.get('/__sandbox/faults', (c) => c.json(faults.get(provider)));
  app.put('/__sandbox/faults', async (c) => {
    const body: unknown = await c.req.json().catch(() => undefined);
    const parsed = faultSpecSchema.safeParse(body);
    if (!parsed.success) {
      return c.json({ message: 'Invalid FaultSpec', issues: parsed.error.issues }, 400);
    }
    faults.set(provider, parsed.data);
    return c.json(faults.get(provider));
  });
  app.delete('/__sandbox/faults', (c) => {
    faults.clear(provider);
    return c.json(faults.get(provider));
  });
}
