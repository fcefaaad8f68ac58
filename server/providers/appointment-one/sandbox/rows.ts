import type { SandboxRow } from '../../../sandbox/sandbox-fake.ts';
import type { AppointmentOneData } from './wire.ts';

/** No confirmation step: an appointment is cancelled or confirmed (appointment-one.md). */
export function appointmentOneRows(data: AppointmentOneData): SandboxRow[] {
  const events = new Map(data.events.map((e) => [e.id, e]));
  return data.appointments.map((a) => {
    // The event ("service") is only in the `rel: "event"` link.
    const href = a.links.find((l) => l.rel === 'event')?.href ?? null;
    const eventId = href === null ? null : decodeURIComponent(href.slice(href.lastIndexOf('/') + 1));
    const event = eventId === null ? undefined : events.get(eventId);
    const place = event?.location.trim() || null;
    return {
      id: a.id,
      startMs: Number(a.time_start) * 1000,
      status: a.is_cancelled ? 'cancelled' : 'confirmed',
      serviceId: eventId,
      serviceName: event?.name ?? null,
      locationId: place,
      locationName: place,
      email: a.requester_email.trim() || null,
    };
  });
}
