// What the filter specs expect, computed straight from the sandbox's wire data with small per-provider
// rules taken from the provider notes (../shared/providers/*.md) — deliberately NOT with the app's
// adapters or applyFilters, so a bug there cannot hide itself.
import { TZDate } from '@date-fns/tz';
import { generateSandboxData } from '../../server/sandbox/data/generate-data.ts';
import { E2E_STACK } from './stack.ts';

export type Provider = 'caspen' | 'appointment-one' | 'onlive';
export type Status = 'pending' | 'confirmed' | 'arrived' | 'no_show' | 'cancelled' | 'other';

export interface WireRow {
  provider: Provider;
  id: string;
  startMs: number;
  status: Status;
  /** `<provider>:<serviceId>` */
  service: string | null;
  serviceName: string | null;
  /** `<provider>:<id>`: Caspen location, Appointment.one event location, ONLIVE.SITE first calendar. */
  location: string | null;
  locationName: string | null;
  email: string | null;
}

// caspen.md "What the project assumes": pending (+confirmed flag), arrived, missed, cancelled/canceled.
function caspenStatus(status: string, confirmed: boolean | null): Status {
  const s = status.toLowerCase();
  if (s === 'pending') return confirmed === true ? 'confirmed' : 'pending';
  if (s === 'arrived') return 'arrived';
  if (s === 'missed') return 'no_show';
  if (s === 'cancelled' || s === 'canceled') return 'cancelled';
  return 'other';
}

// onlive.md: states pending, confirmed, cancelled, deleted; a cancel/delete timestamp means cancelled.
function onliveStatus(state: string, cancelledAt: string | null, deletedAt: string | null): Status {
  if (cancelledAt || deletedAt || state === 'cancelled' || state === 'deleted') return 'cancelled';
  return state === 'pending' || state === 'confirmed' ? state : 'other';
}

let cached: WireRow[] | null = null;

/** Every sandbox appointment as the e2e stack serves it (seed 42, anchor, 1500 per provider). */
export function sandboxRows(): WireRow[] {
  if (cached) return cached;
  const data = generateSandboxData({
    seed: E2E_STACK.seed,
    anchorMs: Date.parse(E2E_STACK.anchor),
    size: 1500,
  });
  const c = data.caspen;
  const serviceNames = new Map(c.services.map((s) => [s.id, s.name]));
  const locationNames = new Map(c.locations.map((l) => [l.id, l.name]));
  const clientEmails = new Map(c.clients.map((cl) => [cl.id, cl.email]));
  const caspen = c.appointments.map((a): WireRow => ({
    provider: 'caspen',
    id: a.id,
    startMs: Date.parse(a.starts_at),
    status: caspenStatus(a.status, a.confirmed),
    service: `caspen:${a.service_id}`,
    serviceName: serviceNames.get(a.service_id) ?? null,
    location: `caspen:${a.location_id}`,
    locationName: locationNames.get(a.location_id) ?? null,
    email: clientEmails.get(a.client_id) ?? null,
  }));
  const a1 = data['appointment-one'];
  const events = new Map(a1.events.map((e) => [e.id, e]));
  const appointmentOne = a1.appointments.map((a): WireRow => {
    // The event ("service") is only in the `rel: "event"` link (appointment-one.md).
    const href = a.links.find((l) => l.rel === 'event')?.href ?? null;
    const eventId = href === null ? null : decodeURIComponent(href.slice(href.lastIndexOf('/') + 1));
    const event = eventId === null ? undefined : events.get(eventId);
    const place = event?.location.trim() || null;
    return {
      provider: 'appointment-one',
      id: a.id,
      startMs: Number(a.time_start) * 1000,
      status: a.is_cancelled ? 'cancelled' : 'confirmed',
      service: eventId === null ? null : `appointment-one:${eventId}`,
      serviceName: event?.name ?? null,
      location: place === null ? null : `appointment-one:${place}`,
      locationName: place,
      email: a.requester_email.trim() || null,
    };
  });
  const o = data.onlive;
  const onliveServices = new Map(o.services.map((s) => [s.id, s.name]));
  const calendars = new Map(o.calendars.map((cal) => [cal.id, cal.name]));
  const onlive = o.appointments.map((a): WireRow => {
    const calendar = a.calendarIds[0] ?? null;
    return {
      provider: 'onlive',
      id: a.id,
      startMs: Date.parse(a.start),
      status: onliveStatus(a.state, a.cancelledAt, a.deletedAt),
      service: a.serviceId ? `onlive:${a.serviceId}` : null,
      serviceName: a.serviceId ? (onliveServices.get(a.serviceId) ?? null) : null,
      location: calendar === null ? null : `onlive:${calendar}`,
      locationName: calendar === null ? null : (calendars.get(calendar) ?? null),
      email: a.guests[0]?.email ?? null,
    };
  });
  cached = [...caspen, ...appointmentOne, ...onlive];
  return cached;
}

function midnight(day: string, zone: string, plusDays = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d + plusDays, zone).getTime();
}

/** Rows starting on the calendar days [from, to] in `zone` (default: the e2e browser zone, Europe/Madrid). */
export function onDays(
  rows: readonly WireRow[],
  from: string,
  to: string,
  zone: string = E2E_STACK.timeZone,
): WireRow[] {
  const start = midnight(from, zone);
  const end = midnight(to, zone, 1);
  return rows.filter((r) => r.startMs >= start && r.startMs < end);
}

export function countBy<K extends string>(
  rows: readonly WireRow[],
  key: (row: WireRow) => K | null,
): Map<K, number> {
  const out = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The default view's days: today (the anchor's day in Madrid) to 7 days ahead. */
export const DEFAULT_DAYS = { from: '2026-11-18', to: '2026-11-25' } as const;
