import type { Appointment, Person } from '../../domain/appointment.ts';
import { textOrNull } from '../../domain/person.ts';
import { confirmation, createListNormaliser, NO_GUESTS, RecordProblem } from '../normalise-list.ts';
import { SharedRefs } from '../shared-refs.ts';
import { appointmentOneRawStatus, appointmentOneStatus } from './status.ts';
import {
  appointmentOneAppointmentSchema,
  eventIdFromHref,
  linkHref,
  type AppointmentOneAppointment,
  type AppointmentOneEvent,
} from './wire.ts';

/** What the dashboard keeps of an event ("service"). Text fields may hold HTML: the UI sanitises. */
export interface AppointmentOneEventInfo {
  name: string;
  location: string | null;
  description: string | null;
  bio: string | null;
  invitationTitle: string | null;
  invitationBody: string | null;
}

/** Events resolved through `rel: "event"` links, by event id; a missing entry means "show the id". */
export interface AppointmentOneNames {
  events: ReadonlyMap<string, AppointmentOneEventInfo>;
}

export const EMPTY_APPOINTMENT_ONE_NAMES: AppointmentOneNames = { events: new Map() };

export function eventInfo(event: AppointmentOneEvent): AppointmentOneEventInfo {
  return {
    name: event.name,
    location: textOrNull(event.location),
    description: textOrNull(event.description),
    bio: textOrNull(event.bio),
    invitationTitle: textOrNull(event.invitation_title),
    invitationBody: textOrNull(event.invitation_body),
  };
}

/**
 * The event texts shown in the detail panel, by label. `description`, `bio` and `invitation_body` "may
 * hold HTML: never inject it unsanitised" (appointment-one.md): they are marked so the panel sanitises
 * exactly those and shows everything else as text.
 */
const EVENT_TEXTS = [
  { label: 'Event description', key: 'description', html: true },
  { label: 'Event bio', key: 'bio', html: true },
  { label: 'Invitation title', key: 'invitationTitle', html: false },
  { label: 'Invitation body', key: 'invitationBody', html: true },
] as const satisfies readonly { label: string; key: keyof AppointmentOneEventInfo; html: boolean }[];

interface EventTexts {
  extra: Record<string, string>;
  htmlFields: readonly string[];
}

const NO_TEXTS: EventTexts = Object.freeze({ extra: Object.freeze({}), htmlFields: Object.freeze([]) });

/** Built once per event (event infos are immutable) and shared, frozen, by its appointments. */
const textsByEvent = new WeakMap<AppointmentOneEventInfo, EventTexts>();

function eventTexts(event: AppointmentOneEventInfo | undefined): EventTexts {
  if (event === undefined) return NO_TEXTS;
  let texts = textsByEvent.get(event);
  if (texts !== undefined) return texts;
  const extra: Record<string, string> = {};
  const htmlFields: string[] = [];
  for (const { label, key, html } of EVENT_TEXTS) {
    const value = event[key];
    if (!value) continue;
    extra[label] = value;
    if (html) htmlFields.push(label);
  }
  texts = Object.freeze({ extra: Object.freeze(extra), htmlFields: Object.freeze(htmlFields) });
  textsByEvent.set(event, texts);
  return texts;
}

const eventName = (event: AppointmentOneEventInfo) => event.name;
const CANCELLED = Object.freeze({ atMs: null, reason: null, note: null });
const attendee = (email: string): Person => ({ name: null, email, phone: null });

/** The largest instant a JS Date can hold (ECMA-262 §21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

function unixMs(seconds: number, path: string): number {
  const ms = seconds * 1000;
  if (!(Math.abs(ms) <= MAX_DATE_MS)) throw new RecordProblem(path, `Not a unix timestamp: ${seconds}`);
  return ms;
}

/** Pure Appointment.one appointment -> Appointment. No end time on the wire: end = start + duration. */
export function normaliseAppointmentOne(
  wire: AppointmentOneAppointment,
  raw: unknown,
  names: AppointmentOneNames,
  refs = new SharedRefs(),
): Appointment {
  const startMs = unixMs(wire.time_start, 'time_start');
  const endMs = unixMs((startMs + wire.duration_mins * 60_000) / 1000, 'duration_mins');
  const href = linkHref(wire.links, 'event');
  const eventId = href === null ? null : eventIdFromHref(href);
  const event = eventId === null ? undefined : names.events.get(eventId);
  const service = eventId === null ? null : refs.ref(names.events, eventId, eventName);
  const place = event?.location ?? null;
  const texts = eventTexts(event);
  return {
    provider: 'appointment-one',
    id: wire.id,
    key: `appointment-one:${wire.id}`,
    title: textOrNull(wire.subject),
    service,
    startMs,
    endMs,
    durationMinutes: wire.duration_mins,
    status: appointmentOneStatus(wire.is_cancelled),
    rawStatus: appointmentOneRawStatus(wire.is_cancelled),
    client: { name: textOrNull(wire.requester_name), email: textOrNull(wire.requester_email), phone: null },
    guests: wire.attendees.length === 0 ? NO_GUESTS : wire.attendees.map(attendee),
    staff: null,
    calendar: null,
    location: place === null ? null : refs.text(place),
    room: null,
    meetingUrl: null,
    timeZone: null, // Appointment.one returns UTC unix seconds and no zone.
    notes: null,
    confirmation: confirmation(!wire.is_cancelled, null),
    cancellation: wire.is_cancelled ? CANCELLED : null,
    createdAtMs: unixMs(wire.date_added, 'date_added'),
    updatedAtMs: null,
    extra: texts.extra,
    htmlFields: texts.htmlFields,
    raw,
  };
}

/** Records -> appointments + quarantine, no HTTP (used by the adapter and the benchmark). */
export const normaliseList = createListNormaliser(
  'appointment-one',
  appointmentOneAppointmentSchema,
  normaliseAppointmentOne,
);
