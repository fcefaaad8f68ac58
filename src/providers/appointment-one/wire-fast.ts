import { z } from 'zod/mini';
import { arrayOf, INVALID, isFields, isFiniteNumber, stringArray, type Invalid } from '../fast-parse.ts';
import {
  appointmentOneAppointmentSchema,
  NUMERIC,
  type AppointmentOneAppointment,
  type Link,
} from './wire.ts';

/** `numberish`: a finite number, or a numeric string read as one. */
function numberish(value: unknown): number | Invalid {
  const n = typeof value === 'string' && NUMERIC.test(value) ? Number(value) : value;
  return isFiniteNumber(n) ? n : INVALID;
}

/** `attendeesSchema`: an array of strings, or one JSON-encoded as a string. */
function attendees(value: unknown): string[] | Invalid {
  if (typeof value !== 'string') return stringArray(value);
  try {
    return stringArray(JSON.parse(value));
  } catch {
    return INVALID;
  }
}

/** One of `linksSchema`'s fresh `{ rel, href, verbs? }` objects. */
function link(item: unknown): Link | Invalid {
  if (!isFields(item)) return INVALID;
  const { rel, href } = item;
  if (typeof rel !== 'string' || typeof href !== 'string') return INVALID;
  if (item.verbs === undefined) return { rel, href };
  const verbs = stringArray(item.verbs);
  return verbs === INVALID ? INVALID : { rel, href, verbs };
}

/** `appointmentOneAppointmentSchema`, written out: its output, or INVALID (zod then explains why). */
export function parseAppointmentOneAppointment(input: unknown): AppointmentOneAppointment | Invalid {
  if (!isFields(input)) return INVALID;
  const { id, subject, requester_name, requester_email, is_cancelled } = input;
  if (typeof id !== 'string' || id.length < 1 || typeof subject !== 'string') return INVALID;
  if (typeof requester_name !== 'string' || typeof requester_email !== 'string') return INVALID;
  if (typeof is_cancelled !== 'boolean') return INVALID;
  const time_start = numberish(input.time_start);
  const duration_mins = numberish(input.duration_mins);
  const date_added = numberish(input.date_added);
  if (time_start === INVALID || duration_mins === INVALID || date_added === INVALID) return INVALID;
  const people = attendees(input.attendees);
  const related = arrayOf(input.links, link);
  if (people === INVALID || related === INVALID) return INVALID;
  return {
    id,
    attendees: people,
    subject,
    requester_name,
    requester_email,
    time_start,
    duration_mins,
    date_added,
    is_cancelled,
    links: related,
  };
}

/** The appointment schema with the fast path in front: same results, same issues. */
export const appointmentOneAppointmentFast = z.withParser(
  appointmentOneAppointmentSchema,
  parseAppointmentOneAppointment,
);
