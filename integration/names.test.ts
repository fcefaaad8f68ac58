import { describe, expect, it } from 'vitest';
import { createStack } from './support/stack.ts';

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const WIDE = {
  from: ANCHOR - 200 * 86_400_000,
  to: ANCHOR + 150 * 86_400_000,
};
const failing = (status: number) => new Response(JSON.stringify({ message: 'Server Error' }), { status });

describe('a failing reference endpoint shows ids and never fails the list', () => {
  it('Caspen: services answer 500 and practitioners 404', async () => {
    const stack = createStack({
      sandbox: { anchorMs: ANCHOR, size: 120 },
      intercept: (_p, url) =>
        url.pathname.startsWith('/v1/services')
          ? failing(500)
          : url.pathname.startsWith('/v1/practitioners')
            ? failing(404)
            : undefined,
    });
    const { appointments } = await stack.adapters.caspen.listAppointments(WIDE);
    expect(appointments).toHaveLength(120);
    for (const a of appointments) {
      expect(a.service).toEqual({ id: expect.stringMatching(/^ser_/), name: null });
      expect(a.staff).toEqual({ id: expect.stringMatching(/^pra_/), name: null });
      expect(a.location?.name).toEqual(expect.any(String)); // the lists that answered are still used
    }
  });

  it('Appointment.one: the event link answers 500', async () => {
    const stack = createStack({
      sandbox: { anchorMs: ANCHOR, size: 120 },
      intercept: (_p, url) => (url.pathname.startsWith('/api/v1/event') ? failing(500) : undefined),
    });
    const { appointments } = await stack.adapters['appointment-one'].listAppointments(WIDE);
    expect(appointments).toHaveLength(120);
    expect(
      appointments.every((a) => a.service !== null && a.service.name === null && a.service.id !== ''),
    ).toBe(true);
  });

  it('ONLIVE.SITE: calendars answer 503', async () => {
    const stack = createStack({
      sandbox: { anchorMs: ANCHOR, size: 120 },
      intercept: (provider, url) =>
        provider === 'onlive' && url.pathname.endsWith('/calendars') ? failing(503) : undefined,
    });
    const { appointments } = await stack.adapters.onlive.listAppointments(WIDE);
    expect(appointments).toHaveLength(120);
    for (const a of appointments) {
      expect(a.calendar).toEqual({ id: expect.any(String), name: null });
      expect(a.staff).toBeNull();
    }
    expect(appointments.some((a) => a.service?.name)).toBe(true);
  });
});
