import type { Appointment, Person } from '../../domain/appointment.ts';
import { textOrNull } from '../../domain/person.ts';
import { confirmation, createListNormaliser, instantMs, NO_GUESTS, optionalMs } from '../normalise-list.ts';
import { SharedRefs } from '../shared-refs.ts';
import { caspenStatus } from './status.ts';
import { caspenAppointmentSchema, type CaspenAppointment } from './wire.ts';

/** Names resolved from Caspen's reference lists; a missing entry means "show the id". */
export interface CaspenNames {
  services: ReadonlyMap<string, string>;
  locations: ReadonlyMap<string, { name: string; timeZone: string | null }>;
  clients: ReadonlyMap<string, Person>;
  practitioners: ReadonlyMap<string, string>;
  rooms: ReadonlyMap<string, string>;
}

export const EMPTY_CASPEN_NAMES: CaspenNames = {
  services: new Map(),
  locations: new Map(),
  clients: new Map(),
  practitioners: new Map(),
  rooms: new Map(),
};

const locationName = (location: { name: string }) => location.name;

function client(id: string | null | undefined, names: CaspenNames): Person | null {
  if (!id) return null;
  return names.clients.get(id) ?? { id, name: null, email: null, phone: null };
}

/** Ids Caspen gives without a resolvable name: shown as-is in the detail panel. */
function extra(wire: CaspenAppointment): Record<string, string> {
  const out: Record<string, string> = {};
  if (wire.client_id) out['Client ID'] = wire.client_id;
  if (wire.client_package_id) out['Client package'] = wire.client_package_id;
  if (wire.case_id) out['Case'] = wire.case_id;
  if (wire.vehicle_id) out['Vehicle'] = wire.vehicle_id;
  if (wire.resource_ids.length > 0) out['Resources'] = wire.resource_ids.join(', ');
  return out;
}

/** Pure Caspen AppointmentResource -> Appointment. */
export function normaliseCaspen(
  wire: CaspenAppointment,
  raw: unknown,
  names: CaspenNames,
  refs = new SharedRefs(),
): Appointment {
  const startMs = instantMs(wire.starts_at, 'starts_at');
  const endMs = instantMs(wire.ends_at, 'ends_at');
  const status = caspenStatus(wire.status, wire.confirmed);
  const location = names.locations.get(wire.location_id);
  const service = refs.ref(names.services, wire.service_id);
  const cancelled = status === 'cancelled' || wire.cancelled_at !== null;
  return {
    provider: 'caspen',
    id: wire.id,
    key: `caspen:${wire.id}`,
    title: service.name,
    service,
    startMs,
    endMs,
    durationMinutes: wire.duration,
    status,
    rawStatus: wire.status,
    client: client(wire.client_id, names),
    guests: NO_GUESTS,
    staff: refs.ref(names.practitioners, wire.practitioner_id),
    calendar: null,
    location: refs.ref(names.locations, wire.location_id, locationName),
    room: wire.room_id === null ? null : refs.ref(names.rooms, wire.room_id),
    meetingUrl: null,
    // "Use the location timezone to display starts_at/ends_at locally" (caspen.md, Locations).
    timeZone: location?.timeZone ?? null,
    notes: textOrNull(wire.note),
    confirmation: confirmation(wire.confirmed === true, optionalMs(wire.confirmed_at)),
    cancellation: cancelled
      ? {
          atMs: optionalMs(wire.cancelled_at),
          // No cancellation-reason endpoint is documented: the id is what we can show.
          reason: wire.cancellation_reason_id,
          note: textOrNull(wire.cancellation_note),
        }
      : null,
    createdAtMs: optionalMs(wire.created_at),
    updatedAtMs: null,
    extra: extra(wire),
    raw,
  };
}

/** Records -> appointments + quarantine, no HTTP (used by the adapter and the benchmark). */
export const normaliseList = createListNormaliser('caspen', caspenAppointmentSchema, normaliseCaspen);
