import type { SandboxRow } from '../../../sandbox/sandbox-fake.ts';
import type { OnliveData } from './wire.ts';

// onlive.md: states pending, confirmed, cancelled, deleted; a cancel/delete timestamp means cancelled.
function status(state: string, cancelledAt: string | null, deletedAt: string | null): SandboxRow['status'] {
  if (cancelledAt || deletedAt || state === 'cancelled' || state === 'deleted') return 'cancelled';
  return state === 'pending' || state === 'confirmed' ? state : 'other';
}

/**
 * The location is the appointment's address (`extraFields` street, city, area, a part equal to the one
 * before it once), never a calendar: calendars are the agent (the staff member) or an asset.
 */
function place(fields: Record<string, string>): string | null {
  const parts: string[] = [];
  for (const key of ['street', 'city', 'area'] as const) {
    const part = fields[key]?.trim();
    if (part && part !== parts[parts.length - 1]) parts.push(part);
  }
  return parts.length === 0 ? null : parts.join(', ');
}

export function onliveRows(data: OnliveData): SandboxRow[] {
  const services = new Map(data.services.map((s) => [s.id, s.name]));
  return data.appointments.map((a) => {
    const location = place(a.extraFields);
    return {
      id: a.id,
      startMs: Date.parse(a.start),
      status: status(a.state, a.cancelledAt, a.deletedAt),
      serviceId: a.serviceId || null,
      serviceName: a.serviceId ? (services.get(a.serviceId) ?? null) : null,
      locationId: location,
      locationName: location,
      email: a.guests[0]?.email ?? null,
    };
  });
}
