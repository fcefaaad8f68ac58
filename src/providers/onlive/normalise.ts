import type { Appointment, Person, Ref } from '../../domain/appointment.ts';
import { canonicalIso } from '../../domain/instant.ts';
import { joinName, textOrNull } from '../../domain/person.ts';
import { createListNormaliser, instant } from '../normalise-list.ts';
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
function field(fields: Fields, key: string): string | null {
  const value = fields?.[key];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? textOrNull(value) : null;
}

function guest(g: OnliveAppointment['guests'][number]): Person {
  const f = g.extraFields;
  return {
    name: joinName(field(f, 'firstName'), field(f, 'lastName')),
    email: textOrNull(g.email),
    phone: field(f, 'phone'),
  };
}

function place(fields: Fields): Ref | null {
  const text = [field(fields, 'street'), field(fields, 'city'), field(fields, 'area')]
    .filter((p) => p !== null)
    .join(', ');
  return text === '' ? null : { id: text, name: text };
}

function calendars(ids: readonly string[], names: OnliveNames) {
  const first = ids[0];
  const staffId = ids.find((id) => names.calendars.get(id)?.type === 'agent');
  const zoned = ids.find((id) => names.calendars.get(id)?.timeZone);
  const asRef = (id: string | undefined): Ref | null =>
    id === undefined ? null : { id, name: names.calendars.get(id)?.name ?? null };
  return {
    calendar: asRef(first),
    staff: asRef(staffId),
    timeZone: zoned === undefined ? null : (names.calendars.get(zoned)?.timeZone ?? null),
  };
}

function extra(w: OnliveAppointment, names: OnliveNames): Record<string, string> {
  const pairs: [string, string | null | undefined][] = [
    ['User group', w.userGroupId ? (names.userGroups.get(w.userGroupId) ?? w.userGroupId) : null],
    ['Agent comment', w.agentComment],
    ['Origin', w.origin],
    ['Language', w.lang],
    ['External ID', w.externalId],
    ['Sub-status', w.subStatus],
    ['Cancellation origin', w.cancellationOrigin],
    ['Country', field(w.extraFields, 'country')],
    ['Blocked', w.blocked ? 'yes' : null],
  ];
  const out: Record<string, string> = {};
  for (const [label, value] of pairs) if (value) out[label] = value;
  return out;
}

/** Pure ONLIVE.SITE appointment (v1 or v2 field names) -> Appointment. */
export function normaliseOnlive(w: OnliveAppointment, raw: unknown, names: OnliveNames): Appointment {
  const start = instant((w.start ?? w.startAt) as string, w.start ? 'start' : 'startAt');
  const end = instant((w.end ?? w.endAt) as string, w.end ? 'end' : 'endAt');
  const rawStatus = w.state ?? w.status ?? '';
  const status = onliveStatus({ state: rawStatus, cancelledAt: w.cancelledAt, deletedAt: w.deletedAt });
  const guests = w.guests.map(guest);
  const room = textOrNull(w.event?.room);
  return {
    provider: 'onlive',
    id: w.id,
    key: `onlive:${w.id}`,
    title: textOrNull(w.title),
    service: w.serviceId ? { id: w.serviceId, name: names.services.get(w.serviceId) ?? null } : null,
    start: start.iso,
    end: end.iso,
    startMs: start.ms,
    endMs: end.ms,
    durationMinutes: Math.round((end.ms - start.ms) / 60_000),
    status,
    rawStatus,
    client: guests[0] ?? null, // the first guest is the one who booked
    guests,
    ...calendars(w.calendarIds, names),
    location: place(w.extraFields),
    room: room === null ? null : { id: room, name: room },
    meetingUrl: textOrNull(w.event?.iCallUrl),
    notes: textOrNull(w.description),
    confirmation: { confirmed: status === 'confirmed', at: null },
    cancellation:
      status === 'cancelled'
        ? {
            at: canonicalIso(w.cancelledAt ?? w.deletedAt),
            reason: w.subStatus ?? w.cancellationOrigin ?? null,
            note: null,
          }
        : null,
    createdAt: canonicalIso(w.createdAt),
    updatedAt: canonicalIso(w.updatedAt),
    extra: extra(w, names),
    raw,
  };
}

/** Records -> appointments + quarantine, no HTTP (used by the adapter and the benchmark). */
export const normaliseList = createListNormaliser('onlive', onliveAppointmentSchema, normaliseOnlive);
