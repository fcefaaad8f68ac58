import { describe, expect, it } from 'vitest';
import { callsTo, createStack } from './support/stack.ts';

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const DAY = 86_400_000;

function wireIdsIn(stack: ReturnType<typeof createStack>, fromMs: number, toMs: number): string[] {
  return stack.sandbox.data.onlive.appointments
    .filter((a) => Date.parse(a.start) >= fromMs && Date.parse(a.start) < toMs)
    .map((a) => a.id);
}

describe('ONLIVE.SITE adapter through the proxy against the sandbox', () => {
  it('splits a 7-month range into two requests of at most 6 months and loses nothing at the seam', async () => {
    const stack = createStack({ sandbox: { anchorMs: ANCHOR, size: 600 } });
    const range = {
      from: Date.parse('2025-01-15T00:00:00.000Z'),
      to: Date.parse('2025-08-15T00:00:00.000Z'),
    };
    const result = await stack.adapters.onlive.listAppointments(range);

    const firstPages = callsTo(stack, 'onlive', 'appointments').filter(
      (c) => c.url.searchParams.get('page') === '1',
    );
    expect(
      firstPages.map((c) => [c.url.searchParams.get('startDate'), c.url.searchParams.get('endDate')]),
    ).toEqual([
      ['2025-01-15T00:00:00.000Z', '2025-07-14T23:59:59.999Z'],
      ['2025-07-15T00:00:00.000Z', '2025-08-14T23:59:59.999Z'],
    ]);
    expect(stack.upstreamCalls.every((c) => c.status === 200)).toBe(true);
    const expected = wireIdsIn(stack, range.from, range.to);
    expect(result.appointments.map((a) => a.id).sort()).toEqual(expected.sort());
    expect(new Set(result.appointments.map((a) => a.key)).size).toBe(result.appointments.length);
  });

  it('pages with limit=100, at most 4 requests at once, and reports totals', async () => {
    const stack = createStack({
      sandbox: { anchorMs: ANCHOR, size: 1500, faults: { onlive: { latencyMs: 5 } } },
    });
    const range = {
      from: ANCHOR - 60 * DAY,
      to: ANCHOR + 60 * DAY,
    };
    const progress: { pagesFetched: number; totalPages: number | null }[] = [];
    const result = await stack.adapters.onlive.listAppointments(range, {
      onProgress: (p) => progress.push(p),
    });

    const pages = callsTo(stack, 'onlive', 'appointments');
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.every((c) => c.url.searchParams.get('limit') === '100')).toBe(true);
    expect(stack.peakInFlight.onlive).toBeLessThanOrEqual(4);
    expect(stack.peakInFlight.onlive).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ pagesFetched: pages.length, totalPages: pages.length });
    expect(result.appointments).toHaveLength(wireIdsIn(stack, range.from, range.to).length);
  });

  it('names calendars, staff, services and time zones from the reference lists', async () => {
    const stack = createStack({ sandbox: { anchorMs: ANCHOR, size: 200 } });
    const range = {
      from: ANCHOR - 120 * DAY,
      to: ANCHOR + 121 * DAY,
    };
    const { appointments } = await stack.adapters.onlive.listAppointments(range);
    const { calendars, services } = stack.sandbox.data.onlive;
    for (const a of appointments) {
      const calendar = calendars.find((c) => c.id === a.calendar?.id);
      expect(a.calendar?.name).toBe(calendar?.name);
      expect(a.timeZone).toBe(calendar?.timezone); // the first calendar's zone
      if (a.service) expect(a.service.name).toBe(services.find((s) => s.id === a.service?.id)?.name);
      if (a.staff) expect(calendars.find((c) => c.id === a.staff?.id)?.type).toBe('agent');
    }
    expect(appointments.some((a) => a.staff !== null)).toBe(true);
  });

  it('gets one appointment by id, and maps an unknown id to not-found', async () => {
    const stack = createStack({ sandbox: { anchorMs: ANCHOR, size: 20 } });
    const wire = stack.sandbox.data.onlive.appointments[0]!;
    await expect(stack.adapters.onlive.getAppointment(wire.id)).resolves.toMatchObject({
      id: wire.id,
      raw: wire,
    });
    await expect(
      stack.adapters.onlive.getAppointment('00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});
