import type {
  AppointmentOneAppointment,
  AppointmentOneCalendar,
  AppointmentOneData,
  AppointmentOneEvent,
  AppointmentOneLink,
} from './wire.ts';
import { selfLink } from './wire.ts';
import type { GenerateInput } from '../../../sandbox/data/generate-input.ts';
import { randomPerson } from '../../../sandbox/data/people.ts';
import { planSlots, type Slot } from '../../../sandbox/data/plan.ts';
import { createRandom, deriveSeed, pickAt, type Random } from '../../../sandbox/data/random.ts';
import { HTML_TEXT, LONG_TITLE, XSS_IMG_TEXT, XSS_SCRIPT_TEXT } from '../../../sandbox/data/texts.ts';
import { DAY_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';

/** `is_cancelled` false / true: the only status Appointment.one exposes. */
export const APPOINTMENT_ONE_STATUS_COUNT = 2;

const CALENDARS: readonly [string, AppointmentOneCalendar['type'], AppointmentOneCalendar['state']][] = [
  ['frontdesk@example.com', 'Google Apps', 'ok'],
  ['dr.sato@example.jp', 'Office 365', 'ok'],
  ['sala.madrid@example.es', 'Exchange', 'ok'],
  ['team+bookings@example.com', 'Google Apps', 'access_error'],
];

// [slug, name, minutes, location]; the 90-minute one is disabled and the workshop deleted.
const EVENTS: readonly [string, string, number, string][] = [
  ['15min', '15 minute call', 15, 'Phone'],
  ['30min', '30 minute appointment', 30, 'Bridge 800-555-5555'],
  ['45min', 'Consultation (45 min)', 45, 'Calle de Serrano 41, Madrid'],
  ['60min', '1 hour strategy session', 60, 'Zoom'],
  ['90min', 'Extended session', 90, 'Room 2'],
  ['2h-workshop', 'Two-hour workshop', 120, '渋谷2-21-1, 東京都'],
];

// Shared by every appointment's links (never mutated).
const GET_DELETE = ['GET', 'DELETE'];

// A few records carry JSON numbers where most carry strings (appointment-one.md, "What the project assumes").
const asNumber = (index: number) => index % 50 === 7;
const unix = (ms: number, numeric: boolean) =>
  numeric ? Math.floor(ms / 1000) : String(Math.floor(ms / 1000));

export function generateAppointmentOneData({ seed, anchorMs, size }: GenerateInput): AppointmentOneData {
  const calendars = CALENDARS.map(([id, type, state], i): AppointmentOneCalendar => ({
    id,
    type,
    default: i === 0,
    state,
    date_added: unix(anchorMs - (500 + i * 30) * DAY_MS, i === 2),
    links: [selfLink(`/api/v1/calendar/${id}`)],
  }));
  const events = EVENTS.map((event, i) => eventRecord(event, i, anchorMs, calendars));
  const rng = createRandom(deriveSeed(seed, 'appointment-one/appointments'));
  const slots = planSlots({ rng, anchorMs, size, statusCount: APPOINTMENT_ONE_STATUS_COUNT });
  const eventLinks = eventLinksOf(events);
  const appointments = slots.map((slot, i) => appointment(rng, slot, i, events, calendars, eventLinks));
  return { appointments: rng.shuffle(appointments), events, calendars };
}

/** Each event's `rel: "event"` link, shared by the appointments of that event (never mutated). */
export function eventLinksOf(
  events: readonly AppointmentOneEvent[],
): Map<AppointmentOneEvent, AppointmentOneLink> {
  return new Map(
    events.map((e) => [e, { rel: 'event' as const, href: `/api/v1/event/${e.id}`, verbs: GET_DELETE }]),
  );
}

function eventRecord(
  [slug, name, minutes, location]: (typeof EVENTS)[number],
  i: number,
  anchorMs: number,
  calendars: AppointmentOneCalendar[],
): AppointmentOneEvent {
  return {
    id: slug,
    name,
    status: i === 4 ? 'disabled' : i === 5 ? 'deleted' : 'active',
    visibility: i === 4 ? 'unlisted' : 'public',
    url: slug,
    description: i === 1 ? XSS_SCRIPT_TEXT : i === 3 ? '' : `${name}. Please arrive five minutes early.`,
    bio: i === 2 ? `<p>Meet our team ${XSS_IMG_TEXT}</p>` : i === 3 ? HTML_TEXT : '<p><br></p>',
    free_busy_calendars: [pickAt(calendars, i % calendars.length).id],
    date_added: unix(anchorMs - (400 + i * 7) * DAY_MS, false),
    invitation_title: i % 2 === 0 ? null : `Your ${name}`,
    invitation_body: i % 2 === 0 ? null : `<p>See you soon.</p><p>${location}</p>`,
    location,
    duration: i === 4 ? minutes : String(minutes),
    attendees: i === 3 ? '["assistant@example.com"]' : '[]',
    links: [selfLink(`/api/v1/event/${slug}`)],
  };
}

export function appointment(
  rng: Random,
  slot: Slot,
  index: number,
  events: AppointmentOneEvent[],
  calendars: AppointmentOneCalendar[],
  eventLinks: Map<AppointmentOneEvent, AppointmentOneLink>,
): AppointmentOneAppointment {
  const person = slot.person ?? randomPerson(rng, pickAt(SITES, slot.site));
  const event = events.find((e) => Number(e.duration) === slot.durationMin) ?? pickAt(events, 3);
  const id = rng.hex(32);
  const guests = slot.edge === 'all-null' ? [] : [pickAt(calendars, rng.int(0, calendars.length - 1)).id];
  if (rng.chance(0.2)) guests.push(randomPerson(rng, pickAt(SITES, slot.site)).email);
  const numeric = asNumber(index);
  return {
    id,
    attendees: [person.email, ...guests],
    subject: subjectFor(rng, slot, event.name, person.firstName),
    requester_name: person.fullName,
    requester_email: person.email,
    time_start: unix(slot.startMs, numeric),
    duration_mins: numeric ? slot.durationMin : String(slot.durationMin),
    date_added: unix(slot.createdMs, numeric),
    is_cancelled: slot.statusIndex !== null ? slot.statusIndex === 1 : rng.chance(0.15),
    links: [
      selfLink(`/api/v1/appointment/${id}`, GET_DELETE),
      eventLinks.get(event) ?? selfLink(`/api/v1/event/${event.id}`),
    ],
  };
}

function subjectFor(rng: Random, slot: Slot, eventName: string, firstName: string): string {
  if (slot.edge === 'script-note') return XSS_SCRIPT_TEXT;
  if (slot.edge === 'img-note') return XSS_IMG_TEXT;
  if (slot.edge === 'long-title') return LONG_TITLE;
  if (slot.edge === 'all-null') return '';
  return rng.chance(0.6) ? eventName : `${eventName} with ${firstName}`;
}
