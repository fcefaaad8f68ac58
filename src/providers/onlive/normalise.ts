import type { Appointment, Person } from '../../domain/appointment.ts';
import { joinName, textOrNull } from '../../domain/person.ts';
import { confirmation, createListNormaliser, instantMs, NO_GUESTS, optionalMs } from '../normalise-list.ts';
import { SharedRefs } from '../shared-refs.ts';
import { onliveStatus } from './status.ts';
import { onliveAppointmentSchema, type OnliveAppointment } from './wire.ts';

export interface OnliveCalendarInfo {
  name: string;
  timeZone: string | null;
  /** `agent` (a person) or `asset` (a room, a car, ...). */
  type: string | null;
}

/** Names resolved from ONLIVE.SITE's calendar, service and user-group lists; missing = show the id. */
export interface OnliveNames {
  calendars: ReadonlyMap<string, OnliveCalendarInfo>;
  services: ReadonlyMap<string, string>;
  userGroups: ReadonlyMap<string, string>;
}

export const EMPTY_ONLIVE_NAMES: OnliveNames = {
  calendars: new Map(),
  services: new Map(),
  userGroups: new Map(),
};

type Fields = Record<string, unknown> | null | undefined;

/** `extraFields` is free-form: only plain text and numbers are shown. */
function shown(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? textOrNull(value) : null;
}

function guest(g: OnliveAppointment['guests'][number]): Person {
  const f = g.extraFields;
  if (f === null || f === undefined) return { name: null, email: textOrNull(g.email), phone: null };
  return {
    name: joinName(shown(f['firstName']), shown(f['lastName'])),
    email: textOrNull(g.email),
    phone: shown(f['phone']),
  };
}

function guests(list: OnliveAppointment['guests']): readonly Person[] {
  return list.length === 0 ? NO_GUESTS : list.map(guest);
}

/**
 * Where the appointment happens: the address in the appointment's own `extraFields` (onlive.md shows
 * `street`, `city`, `area` on every appointment example) as "street, city, area", a part equal to the
 * one before it left out ("Calle de Serrano 41, Madrid", not "…, Madrid, Madrid"). Never a calendar:
 * a calendar is who or what is booked (an agent is the staff member), not a place.
 */
function placeText(fields: Fields): string | null {
  const parts: string[] = [];
  for (const key of ['street', 'city', 'area']) {
    const part = shown(fields?.[key]);
    if (part !== null && part !== parts[parts.length - 1]) parts.push(part);
  }
  return parts.length === 0 ? null : parts.join(', ');
}

const calendarName = (calendar: OnliveCalendarInfo) => calendar.name;

/**
 * The staff member: the first of the appointment's `calendarIds` whose calendar is an `agent` (a
 * person, onlive.md Calendars); `asset` calendars (a car, a room) are not people. Unknown until the
 * calendar list says which is which.
 */
function agentId(ids: readonly string[], names: OnliveNames): string | undefined {
  for (const id of ids) if (names.calendars.get(id)?.type === 'agent') return id;
  return undefined;
}

/** The zone of the first calendar that has one. */
function calendarZone(ids: readonly string[], names: OnliveNames): string | null {
  for (const id of ids) {
    const zone = names.calendars.get(id)?.timeZone;
    if (zone) return zone;
  }
  return null;
}

/** What the detail panel shows of ONLIVE.SITE's own fields, by label. */
function extra(w: OnliveAppointment, names: OnliveNames): Record<string, string> {
  const out: Record<string, string> = {};
  if (w.userGroupId) out['User group'] = names.userGroups.get(w.userGroupId) ?? w.userGroupId;
  if (w.agentComment) out['Agent comment'] = w.agentComment;
  if (w.origin) out['Origin'] = w.origin;
  if (w.lang) out['Language'] = w.lang;
  if (w.externalId) out['External ID'] = w.externalId;
  if (w.subStatus) out['Sub-status'] = w.subStatus;
  if (w.cancellationOrigin) out['Cancellation origin'] = w.cancellationOrigin;
  const country = shown(w.extraFields?.['country']);
  if (country) out['Country'] = country;
  if (w.blocked) out['Blocked'] = 'yes';
  return out;
}

/** Pure ONLIVE.SITE appointment (v1 or v2 field names) -> Appointment. */
export function normaliseOnlive(
  w: OnliveAppointment,
  raw: unknown,
  names: OnliveNames,
  refs = new SharedRefs(),
): Appointment {
  const startMs = instantMs((w.start ?? w.startAt) as string, w.start ? 'start' : 'startAt');
  const endMs = instantMs((w.end ?? w.endAt) as string, w.end ? 'end' : 'endAt');
  const rawStatus = w.state ?? w.status ?? '';
  const status = onliveStatus({ state: rawStatus, cancelledAt: w.cancelledAt, deletedAt: w.deletedAt });
  const people = guests(w.guests);
  const room = textOrNull(w.event?.room);
  const place = placeText(w.extraFields);
  const firstCalendar = w.calendarIds[0];
  const staffId = agentId(w.calendarIds, names);
  return {
    provider: 'onlive',
    id: w.id,
    key: `onlive:${w.id}`,
    title: textOrNull(w.title),
    service: w.serviceId ? refs.ref(names.services, w.serviceId) : null,
    startMs,
    endMs,
    durationMinutes: Math.round((endMs - startMs) / 60_000),
    status,
    rawStatus,
    client: people[0] ?? null, // the first guest is the one who booked
    guests: people,
    staff: staffId === undefined ? null : refs.ref(names.calendars, staffId, calendarName),
    calendar: firstCalendar === undefined ? null : refs.ref(names.calendars, firstCalendar, calendarName),
    location: place === null ? null : refs.text(place),
    room: room === null ? null : refs.text(room),
    meetingUrl: textOrNull(w.event?.iCallUrl),
    timeZone: calendarZone(w.calendarIds, names),
    notes: textOrNull(w.description),
    confirmation: confirmation(status === 'confirmed', null),
    cancellation:
      status === 'cancelled'
        ? {
            atMs: optionalMs(w.cancelledAt ?? w.deletedAt),
            reason: w.subStatus ?? w.cancellationOrigin ?? null,
            note: null,
          }
        : null,
    createdAtMs: optionalMs(w.createdAt),
    updatedAtMs: optionalMs(w.updatedAt),
    extra: extra(w, names),
    raw,
  };
}

/** Records -> appointments + quarantine, no HTTP (used by the adapter and the benchmark). */
export const normaliseList = createListNormaliser('onlive', onliveAppointmentSchema, normaliseOnlive);
