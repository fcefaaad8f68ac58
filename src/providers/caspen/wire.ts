import { z } from 'zod';

/**
 * Caspen wire schemas, as in ../shared/providers/caspen.md. Loose objects: the newer retrieve revision
 * adds pricing and multi-client fields whose names were not captured, so unknown fields are tolerated.
 */
const instant = z.iso.datetime({ offset: true });

/** AppointmentResource (GET /v1/appointments/{appointment}); same shape in the list's `data[]`. */
export const caspenAppointmentSchema = z.looseObject({
  id: z.string().min(1),
  location_id: z.string(),
  practitioner_id: z.string(),
  service_id: z.string(),
  // "Treat client_id as possibly absent/secondary" in the newer revision (multi-client appointments).
  client_id: z.string().nullish(),
  client_package_id: z.string().nullable(),
  case_id: z.string().nullable(),
  starts_at: instant,
  ends_at: instant,
  duration: z.number().int(),
  // Enum undocumented: only `pending` is shown; unknown values are kept and shown verbatim.
  status: z.string(),
  confirmed: z.boolean().nullable(),
  confirmed_at: instant.nullable(),
  room_id: z.string().nullable(),
  vehicle_id: z.string().nullable(),
  resource_ids: z.array(z.string()),
  note: z.string().nullable(),
  // Nullability "assumed" by the doc (null when not cancelled).
  cancellation_reason_id: z.string().nullable(),
  cancellation_note: z.string().nullable(),
  cancelled_at: instant.nullable(),
  created_at: instant,
});
export type CaspenAppointment = z.output<typeof caspenAppointmentSchema>;

/** Cursor envelope: no `meta`, no totals; `links.next` is absolute (rewritten by the proxy). */
export const caspenPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ prev: z.string().nullable(), next: z.string().nullable() }),
});

export const caspenServiceSchema = z.looseObject({ id: z.string(), name: z.string() });

export const caspenLocationSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
});

const phoneNumberSchema = z.looseObject({ number: z.string().nullish() });

/** ClientResource: nullability not captured, so every field we read is nullish. Health data: read no more. */
export const caspenClientSchema = z.looseObject({
  id: z.string(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  preferred_name: z.string().nullish(),
  email: z.string().nullish(),
  phone_number: z.string().nullish(),
  phone_numbers: z.array(phoneNumberSchema).nullish(),
});
export type CaspenClient = z.output<typeof caspenClientSchema>;

/** Project assumption (undocumented endpoint): at least `{ id, name }`, practitioners also first/last name. */
export const caspenPractitionerSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});

export const caspenRoomSchema = z.looseObject({ id: z.string(), name: z.string() });
