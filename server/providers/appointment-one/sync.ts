// How the mirror syncs Appointment.one (../shared/providers/appointment-one.md): no date filter and no
// documented paging, so every page by `rel: "next"` link (the project's assumption), then the details of
// each event the appointments link to (`rel: "event"`). New bookings are looked for on the last page again.
import { z } from 'zod';
import { providerProxyBase } from '../../../contract/api-paths.ts';
import { refKey, type SyncSegment, type SyncStrategy } from '../../mirror/strategy.ts';
import { numberish, pick, recordId, reject, underBase } from '../../mirror/strategy-kit.ts';

const BASE = providerProxyBase('appointment-one');

const APPOINTMENT_FIELDS = [
  'id',
  'attendees',
  'subject',
  'requester_name',
  'requester_email',
  'time_start',
  'duration_mins',
  'date_added',
  'is_cancelled',
  'links',
] as const;

const EVENT_FIELDS = [
  'id',
  'name',
  'status',
  'visibility',
  'url',
  'description',
  'bio',
  'free_busy_calendars',
  'date_added',
  'invitation_title',
  'invitation_body',
  'location',
  'duration',
  'attendees',
  'links',
] as const;

const linkSchema = z.object({ rel: z.string(), href: z.string() });
const minimal = z.object({ id: recordId, time_start: numberish, duration_mins: numberish });
const listSchema = z.object({
  appointments: z.array(z.unknown()),
  count: numberish,
  total_count: numberish,
  links: z.array(linkSchema),
});
const eventSchema = z.object({ id: recordId, name: z.string() });

const APPOINTMENTS: SyncSegment = {
  kind: 'appointments',
  collection: 'appointments',
  url: `${BASE}/appointment`,
};

function eventId(links: unknown): string | null {
  const parsed = z.array(linkSchema).safeParse(links);
  const href = parsed.success ? parsed.data.find((l) => l.rel === 'event')?.href : undefined;
  const match = href === undefined ? null : /\/event\/([^/?#]+)$/.exec(href);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export const appointmentOneSync: SyncStrategy = {
  provider: 'appointment-one',
  // No rate limit is documented: the mirror assumes a modest 120 requests per minute until headers say.
  budget: { limit: 120, windowMs: 60_000 },
  fullScan: () => [APPOINTMENTS],
  poll: (_range, tail) => (tail === null ? [] : [{ ...APPOINTMENTS, url: tail }]),
  item: (id) => `${BASE}/appointment/${encodeURIComponent(id)}`,
  page: (segment, _url, body) => {
    if (segment.kind === 'ref') return { items: [body], next: null, pages: null };
    const page = listSchema.parse(body);
    const next = page.links.find((l) => l.rel === 'next')?.href ?? null;
    if (next !== null && !underBase(next, BASE))
      throw new Error('Appointment.one page link leaves the provider');
    // Totals are for progress only: the doc warns not to page by count/total_count.
    const pages = page.count > 0 ? Math.ceil(page.total_count / page.count) : null;
    // Each distinct event once per scan (the engine skips a segment the scan already holds).
    const events = new Set(page.appointments.map((a) => eventId((a as { links?: unknown } | null)?.links)));
    const more = [...events].flatMap((id): SyncSegment[] =>
      id === null
        ? []
        : [
            {
              kind: 'ref',
              collection: 'events',
              url: `${BASE}/event/${encodeURIComponent(id)}`,
              optional: true,
            },
          ],
    );
    return { items: page.appointments, next, pages, more };
  },
  appointment: (item) => {
    const parsed = minimal.safeParse(item);
    if (!parsed.success) return reject(item, parsed.error);
    const record = pick(item, APPOINTMENT_FIELDS);
    const startMs = parsed.data.time_start * 1000;
    const event = eventId(record.links);
    return {
      ok: true,
      id: parsed.data.id,
      startMs,
      // No end is returned: end = time_start + duration_mins (appointment-one.md).
      endMs: startMs + parsed.data.duration_mins * 60_000,
      record,
      refKeys: event === null ? [] : [refKey('events', event)],
    };
  },
  ref: (collection, item) => {
    const parsed = eventSchema.safeParse(item);
    return collection === 'events' && parsed.success
      ? { id: parsed.data.id, record: pick(item, EVENT_FIELDS) }
      : null;
  },
};
