// `POST /__sandbox/bookings` and `PATCH /__sandbox/bookings/:id`: bookings made while the sandbox runs,
// as the provider's own users would make them, so a test can watch the mirror and the browser pick
// them up.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { bookingChangeSchema, newBookingSchema } from './booking-input.ts';
import type { FakeControl } from './sandbox-fake.ts';

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

async function parseBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  what: string,
): Promise<Parsed<z.infer<S>>> {
  const body: unknown = await c.req.json().catch(() => undefined);
  if (body === undefined)
    return { ok: false, response: c.json({ message: `${what}: the body must be JSON` }, 400) };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const message = `${what}: ${where}${first?.message ?? 'invalid'}`;
  return { ok: false, response: c.json({ message, issues: parsed.error.issues }, 400) };
}

export function mountBookingRoutes(app: Hono, control: FakeControl): void {
  app.post('/__sandbox/bookings', async (c) => {
    const input = await parseBody(c, newBookingSchema, 'Invalid booking');
    if (!input.ok) return input.response;
    return c.json(control.createBooking(input.data), 201);
  });
  app.patch('/__sandbox/bookings/:id', async (c) => {
    const change = await parseBody(c, bookingChangeSchema, 'Invalid booking change');
    if (!change.ok) return change.response;
    const result = control.changeBooking(c.req.param('id'), change.data);
    if (result === undefined) return c.json({ message: 'No booking with that id' }, 404);
    if (!result.ok) return c.json({ message: result.message }, 400);
    return c.json(result.booking);
  });
}
