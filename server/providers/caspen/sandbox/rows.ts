import type { SandboxRow } from '../../../sandbox/sandbox-fake.ts';
import type { CaspenData } from './wire.ts';

// caspen.md "What the project assumes": pending (+confirmed flag), arrived, missed, cancelled/canceled.
function status(wire: string, confirmed: boolean | null): SandboxRow['status'] {
  const s = wire.toLowerCase();
  if (s === 'pending') return confirmed === true ? 'confirmed' : 'pending';
  if (s === 'arrived') return 'arrived';
  if (s === 'missed') return 'no_show';
  if (s === 'cancelled' || s === 'canceled') return 'cancelled';
  return 'other';
}

export function caspenRows(data: CaspenData): SandboxRow[] {
  const serviceNames = new Map(data.services.map((s) => [s.id, s.name]));
  const locationNames = new Map(data.locations.map((l) => [l.id, l.name]));
  const clientEmails = new Map(data.clients.map((c) => [c.id, c.email]));
  return data.appointments.map((a) => ({
    id: a.id,
    startMs: Date.parse(a.starts_at),
    status: status(a.status, a.confirmed),
    serviceId: a.service_id,
    serviceName: serviceNames.get(a.service_id) ?? null,
    locationId: a.location_id,
    locationName: locationNames.get(a.location_id) ?? null,
    email: clientEmails.get(a.client_id) ?? null,
  }));
}
