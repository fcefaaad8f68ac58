import { describe, expect, it } from 'vitest';
import { ProviderError } from '../src/providers/errors.ts';
import { callsTo, createStack, virtualClock } from './support/stack.ts';

const ANCHOR = Date.UTC(2025, 4, 15, 9);
const ALL = { from: Date.parse('2000-01-01T00:00:00.000Z'), to: Date.parse('2100-01-01T00:00:00.000Z') };

describe('Caspen adapter through the proxy against the sandbox', () => {
  it('pages 20+ cursor pages under a tight rate limit without one 429', async () => {
    const clock = virtualClock(ANCHOR);
    const stack = createStack({
      clock,
      sandbox: { anchorMs: ANCHOR, size: 2050, caspenRateLimit: { limit: 8, windowMs: 60_000 } },
    });
    const progress: number[] = [];
    const result = await stack.adapters.caspen.listAppointments(ALL, {
      onProgress: (p) => progress.push(p.pagesFetched),
    });

    const pages = callsTo(stack, 'caspen', 'appointments');
    expect(pages.length).toBeGreaterThanOrEqual(21);
    // Far more requests than one window allows, and time moves only when the pacer sleeps: unpaced, this 429s.
    expect(stack.upstreamCalls.length).toBeGreaterThan(3 * 8);
    expect(stack.upstreamCalls.filter((c) => c.status === 429)).toEqual([]);
    expect(stack.upstreamCalls.every((c) => c.status === 200)).toBe(true);
    expect(pages.every((c) => c.url.searchParams.get('limit') === '100')).toBe(true);
    // The pacer waited for the window rather than hitting the limit: minutes passed on the virtual clock.
    expect(clock.slept.length).toBeGreaterThan(0);
    expect(clock.now() - ANCHOR).toBeGreaterThanOrEqual(2 * 60_000);

    const expected = stack.sandbox.data.caspen.appointments.map((a) => a.id);
    expect(result.appointments.map((a) => a.id).sort()).toEqual([...expected].sort());
    expect(result.quarantined).toEqual([]);
    expect(progress).toEqual(pages.map((_, i) => i + 1));
  });

  it('resolves services, locations, clients, practitioners and rooms once, then reuses them', async () => {
    const stack = createStack({ sandbox: { size: 150 } });
    const { data } = stack.sandbox;
    const first = await stack.adapters.caspen.listAppointments(ALL);
    const refsBefore = stack.upstreamCalls.length - callsTo(stack, 'caspen', 'appointments').length;
    await stack.adapters.caspen.listAppointments(ALL);
    const refsAfter = stack.upstreamCalls.length - callsTo(stack, 'caspen', 'appointments').length;
    expect(refsAfter).toBe(refsBefore);

    const a = first.appointments[0]!;
    const wire = data.caspen.appointments.find((w) => w.id === a.id)!;
    expect(a.service?.name).toBe(data.caspen.services.find((s) => s.id === wire.service_id)?.name);
    expect(a.staff?.name).toBe(data.caspen.practitioners.find((p) => p.id === wire.practitioner_id)?.name);
    const location = data.caspen.locations.find((l) => l.id === wire.location_id)!;
    expect(a).toMatchObject({
      location: { id: location.id, name: location.name },
      timeZone: location.timezone,
    });
    expect(first.appointments.every((x) => x.service?.name && x.location?.name && x.client?.name)).toBe(true);
  });

  it('gets one appointment by id, and maps an unknown id to not-found', async () => {
    const stack = createStack({ sandbox: { size: 20 } });
    const wire = stack.sandbox.data.caspen.appointments[3]!;
    const one = await stack.adapters.caspen.getAppointment(wire.id);
    expect(one).toMatchObject({ id: wire.id, provider: 'caspen', raw: wire });
    await expect(stack.adapters.caspen.getAppointment('app_missing')).rejects.toMatchObject({
      kind: 'not-found',
      retryable: false,
    });
  });

  it('gives up with rate-limited after bounded retries in a 429 storm', async () => {
    const clock = virtualClock(ANCHOR);
    const stack = createStack({
      clock,
      sandbox: { anchorMs: ANCHOR, size: 20, faults: { caspen: { rateLimitStorm: true } } },
    });
    const error = await stack.adapters.caspen.listAppointments(ALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'caspen', kind: 'rate-limited', retryable: true });
    expect(callsTo(stack, 'caspen', 'appointments').length).toBeLessThanOrEqual(4);
  });
});
