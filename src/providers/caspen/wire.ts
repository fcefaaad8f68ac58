import { z } from 'zod/mini';
import { wireInstant as instant } from '../wire-instant.ts';

/**
 * Caspen wire schemas, as in ../shared/providers/caspen.md. Unknown fields are tolerated: the newer
 * retrieve revision adds pricing and multi-client fields whose names were not captured. An appointment
 * outputs only the declared fields (the normaliser keeps the raw record for the detail panel).
 */

/** AppointmentResource (GET /v1/appointments/{appointment}); same shape in the list's `data[]`. */
export const caspenAppointmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  location_id: z.string(),
  practitioner_id: z.string(),
  service_id: z.string(),
  // "Treat client_id as possibly absent/secondary" in the newer revision (multi-client appointments).
  client_id: z.nullish(z.string()),
  client_package_id: z.nullable(z.string()),
  case_id: z.nullable(z.string()),
  starts_at: instant,
  ends_at: instant,
  duration: z.number().check(z.int()),
  // Enum undocumented: only `pending` is shown; unknown values are kept and shown verbatim.
  status: z.string(),
  confirmed: z.nullable(z.boolean()),
  confirmed_at: z.nullable(instant),
  room_id: z.nullable(z.string()),
  vehicle_id: z.nullable(z.string()),
  resource_ids: z.array(z.string()),
  note: z.nullable(z.string()),
  // Nullability "assumed" by the doc (null when not cancelled).
  cancellation_reason_id: z.nullable(z.string()),
  cancellation_note: z.nullable(z.string()),
  cancelled_at: z.nullable(instant),
  created_at: instant,
});
export type CaspenAppointment = z.output<typeof caspenAppointmentSchema>;

/** Cursor envelope: no `meta`, no totals; `links.next` is absolute (rewritten by the proxy). */
export const caspenPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ prev: z.nullable(z.string()), next: z.nullable(z.string()) }),
});

export const caspenServiceSchema = z.looseObject({ id: z.string(), name: z.string() });

export const caspenLocationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
});

const phoneNumberSchema = z.looseObject({ number: z.nullish(z.string()) });

/** ClientResource: nullability not captured, so every field we read is nullish. Health data: read no more. */
export const caspenClientSchema = z.looseObject({
  id: z.string(),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
  preferred_name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  phone_number: z.nullish(z.string()),
  phone_numbers: z.nullish(z.array(phoneNumberSchema)),
});
export type CaspenClient = z.output<typeof caspenClientSchema>;

/** Project assumption (undocumented endpoint): at least `{ id, name }`, practitioners also first/last name. */
export const caspenPractitionerSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  first_name: z.nullish(z.string()),
  last_name: z.nullish(z.string()),
});

export const caspenRoomSchema = z.looseObject({ id: z.string(), name: z.string() });
