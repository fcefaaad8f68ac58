import { z } from 'zod/mini';
import { INVALID, isFields, isNullishText, isSafeInteger, stringArray, type Invalid } from '../fast-parse.ts';
import { isNullableInstant, isWireInstant } from '../wire-instant.ts';
import { caspenAppointmentSchema, type CaspenAppointment } from './wire.ts';

const isNullableText = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** `caspenAppointmentSchema`, written out: its output, or INVALID (zod then explains why). */
export function parseCaspenAppointment(input: unknown): CaspenAppointment | Invalid {
  if (!isFields(input)) return INVALID;
  const { id, location_id, practitioner_id, service_id, client_id, starts_at, ends_at, duration } = input;
  if (typeof id !== 'string' || id.length < 1) return INVALID;
  if (typeof location_id !== 'string' || typeof practitioner_id !== 'string') return INVALID;
  if (typeof service_id !== 'string' || !isNullishText(client_id)) return INVALID;
  if (!isWireInstant(starts_at) || !isWireInstant(ends_at) || !isSafeInteger(duration)) return INVALID;
  const { client_package_id, case_id, status, confirmed, confirmed_at, room_id, vehicle_id } = input;
  if (!isNullableText(client_package_id) || !isNullableText(case_id) || typeof status !== 'string')
    return INVALID;
  if ((confirmed !== null && typeof confirmed !== 'boolean') || !isNullableInstant(confirmed_at))
    return INVALID;
  if (!isNullableText(room_id) || !isNullableText(vehicle_id)) return INVALID;
  const { note, cancellation_reason_id, cancellation_note, cancelled_at, created_at } = input;
  if (!isNullableText(note) || !isNullableText(cancellation_reason_id)) return INVALID;
  if (!isNullableText(cancellation_note) || !isNullableInstant(cancelled_at) || !isWireInstant(created_at))
    return INVALID;
  const resource_ids = stringArray(input.resource_ids);
  if (resource_ids === INVALID) return INVALID;
  return {
    id,
    location_id,
    practitioner_id,
    service_id,
    client_id,
    client_package_id,
    case_id,
    starts_at,
    ends_at,
    duration,
    status,
    confirmed,
    confirmed_at,
    room_id,
    vehicle_id,
    resource_ids,
    note,
    cancellation_reason_id,
    cancellation_note,
    cancelled_at,
    created_at,
  };
}

/** The appointment schema with the fast path in front: same results, same issues. */
export const caspenAppointmentFast = z.withParser(caspenAppointmentSchema, parseCaspenAppointment);
