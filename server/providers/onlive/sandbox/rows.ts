import type { SandboxRow } from '../../../sandbox/sandbox-fake.ts';
import type { OnliveData } from './wire.ts';

// onlive.md: states pending, confirmed, cancelled, deleted; a cancel/delete timestamp means cancelled.
function status(state: string, cancelledAt: string | null, deletedAt: string | null): SandboxRow['status'] {
  if (cancelledAt || deletedAt || state === 'cancelled' || state === 'deleted') return 'cancelled';
  return state === 'pending' || state === 'confirmed' ? state : 'other';
}

/** The location is the first calendar. */
export function onliveRows(data: OnliveData): SandboxRow[] {
  const services = new Map(data.services.map((s) => [s.id, s.name]));
  const calendars = new Map(data.calendars.map((c) => [c.id, c.name]));
  return data.appointments.map((a) => {
    const calendar = a.calendarIds[0] ?? null;
    return {
      id: a.id,
      startMs: Date.parse(a.start),
      status: status(a.state, a.cancelledAt, a.deletedAt),
      serviceId: a.serviceId || null,
      serviceName: a.serviceId ? (services.get(a.serviceId) ?? null) : null,
      locationId: calendar,
      locationName: calendar === null ? null : (calendars.get(calendar) ?? null),
      email: a.guests[0]?.email ?? null,
    };
  });
}
