import { z } from 'zod/mini';
import {
  arrayOf,
  INVALID,
  isFields,
  isNullishText,
  stringArray,
  type Fields,
  type Invalid,
} from '../fast-parse.ts';
import { isNullishInstant, isWireInstant } from '../wire-instant.ts';
import { onliveAppointmentSchema, type OnliveAppointment } from './wire.ts';

type Guest = OnliveAppointment['guests'][number];
type Event = NonNullable<OnliveAppointment['event']>;

const isNullishFields = (v: unknown): v is Fields | null | undefined =>
  v === null || v === undefined || isFields(v);
const isOptionalInstant = (v: unknown): v is string | undefined => v === undefined || isWireInstant(v);
const isOptionalText = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

function guest(item: unknown): Guest | Invalid {
  if (!isFields(item)) return INVALID;
  const { email, extraFields } = item;
  if (typeof email !== 'string' || !isNullishFields(extraFields)) return INVALID;
  return { email, extraFields };
}

function event(value: unknown): Event | null | undefined | Invalid {
  if (value === null || value === undefined) return value;
  if (!isFields(value)) return INVALID;
  const { eventId, iCallUrl, room } = value;
  if (!isNullishText(eventId) || !isNullishText(iCallUrl) || !isNullishText(room)) return INVALID;
  return { eventId, iCallUrl, room };
}

/** `onliveAppointmentSchema` (v1 or v2 names), written out: its output, or INVALID (zod then explains why). */
export function parseOnliveAppointment(input: unknown): OnliveAppointment | Invalid {
  if (!isFields(input)) return INVALID;
  const { id, externalId, deletedAt, cancelledAt, createdAt, updatedAt, title, description, lang } = input;
  if (typeof id !== 'string' || id.length < 1 || !isNullishText(externalId)) return INVALID;
  if (!isNullishInstant(deletedAt) || !isNullishInstant(cancelledAt)) return INVALID;
  if (!isWireInstant(createdAt) || !isWireInstant(updatedAt)) return INVALID;
  if (!isNullishText(title) || !isNullishText(description) || !isNullishText(lang)) return INVALID;
  const { start, end, startAt, endAt, extraFields, serviceId, state, status, subStatus, blocked } = input;
  if (!isOptionalInstant(start) || !isOptionalInstant(end)) return INVALID;
  if (!isOptionalInstant(startAt) || !isOptionalInstant(endAt)) return INVALID;
  if (!isNullishFields(extraFields) || !isNullishText(serviceId)) return INVALID;
  if (!isOptionalText(state) || !isOptionalText(status) || !isNullishText(subStatus)) return INVALID;
  if (blocked !== undefined && typeof blocked !== 'boolean') return INVALID;
  const { origin, userGroupId, cancellationOrigin, agentComment } = input;
  if (!isNullishText(origin) || !isNullishText(userGroupId)) return INVALID;
  if (!isNullishText(cancellationOrigin) || !isNullishText(agentComment)) return INVALID;
  // The schema's cross-field check: each v1 field or its v2 twin.
  if ((start ?? startAt) === undefined || (end ?? endAt) === undefined || (state ?? status) === undefined)
    return INVALID;
  const ev = event(input.event);
  const people = arrayOf(input.guests, guest);
  const calendarIds = stringArray(input.calendarIds);
  if (ev === INVALID || people === INVALID || calendarIds === INVALID) return INVALID;
  return {
    id,
    externalId,
    deletedAt,
    cancelledAt,
    createdAt,
    updatedAt,
    title,
    description,
    lang,
    start,
    end,
    startAt,
    endAt,
    event: ev,
    guests: people,
    extraFields,
    calendarIds,
    serviceId,
    state,
    status,
    subStatus,
    blocked,
    origin,
    userGroupId,
    cancellationOrigin,
    agentComment,
  };
}

/** The appointment schema with the fast path in front: same results, same issues. */
export const onliveAppointmentFast = z.withParser(onliveAppointmentSchema, parseOnliveAppointment);
