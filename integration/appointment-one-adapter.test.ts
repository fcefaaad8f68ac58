import { describe, expect, it } from 'vitest';
import { callsTo, createStack } from './support/stack.ts';

const ALL = { from: Date.parse('2000-01-01T00:00:00.000Z'), to: Date.parse('2100-01-01T00:00:00.000Z') };

describe('Appointment.one adapter through the proxy against the sandbox', () => {
  it('follows rel "next" links to the end and returns the full set', async () => {
    const stack = createStack({ sandbox: { size: 450 } });
    const progress: { pagesFetched: number; totalPages: number | null; totalItems: number | null }[] = [];
    const result = await stack.adapters['appointment-one'].listAppointments(ALL, {
      onProgress: (p) => progress.push(p),
    });

    const pages = callsTo(stack, 'appointment-one', 'appointment');
    expect(pages.map((c) => c.url.search)).toEqual(['', '?page=2', '?page=3', '?page=4', '?page=5']);
    const expected = stack.sandbox.data['appointment-one'].appointments.map((a) => a.id);
    expect(result.appointments.map((a) => a.id)).toEqual(expected);
    expect(result.quarantined).toEqual([]);
    expect(progress.at(-1)).toEqual({ pagesFetched: 5, totalPages: 5, itemsFetched: 450, totalItems: 450 });
  });

  it('resolves each event once through its rel "event" link and names the service', async () => {
    const stack = createStack({ sandbox: { size: 300 } });
    const { events, appointments } = stack.sandbox.data['appointment-one'];
    const adapter = stack.adapters['appointment-one'];
    const result = await adapter.listAppointments(ALL);
    await adapter.listAppointments(ALL);

    const eventCalls = callsTo(stack, 'appointment-one', 'event');
    const usedEvents = new Set(appointments.map((a) => a.links.find((l) => l.rel === 'event')?.href));
    expect(eventCalls).toHaveLength(usedEvents.size); // cached: the second list fetched no event again
    for (const a of result.appointments) {
      const event = events.find((e) => e.id === a.service?.id);
      expect(a.service?.name).toBe(event?.name);
    }
  });

  it('gets one appointment with its event, and maps an unknown id to not-found', async () => {
    const stack = createStack({ sandbox: { size: 20 } });
    const wire = stack.sandbox.data['appointment-one'].appointments[0]!;
    const one = await stack.adapters['appointment-one'].getAppointment(wire.id);
    expect(one).toMatchObject({
      id: wire.id,
      provider: 'appointment-one',
      service: { name: expect.any(String) },
    });
    await expect(stack.adapters['appointment-one'].getAppointment('0'.repeat(32))).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
