import type { AdapterDeps, ListOptions, ProviderAdapter } from '../contract.ts';
import { assertNewPage, normaliseOne, parseEnvelope } from '../envelope.ts';
import { createHttpClient } from '../http.ts';
import { createLimiter } from '../limiter.ts';
import { createRefCache } from '../ref-cache.ts';
import {
  eventInfo,
  normaliseAppointmentOne,
  normaliseList,
  type AppointmentOneEventInfo,
} from './normalise.ts';
import {
  appointmentOneAppointmentSchema,
  appointmentOneEventSchema,
  appointmentOneListSchema,
  eventIdFromHref,
  linkHref,
  linksSchema,
} from './wire.ts';

/** Event lookups in flight at once: a handful of events serve thousands of appointments. */
const EVENT_CONCURRENCY = 4;

/**
 * Appointment.one has no date filter and no documented paging parameters: the adapter fetches the full
 * set by following `rel: "next"` links (project assumption in appointment-one.md) and resolves each
 * distinct event through the appointments' `rel: "event"` links.
 */
export function createAppointmentOneAdapter(deps: AdapterDeps): ProviderAdapter {
  const http = createHttpClient('appointment-one', deps.fetch, deps.now);
  const cache = createRefCache({ now: deps.now });
  const limiter = createLimiter(EVENT_CONCURRENCY);

  /** Links arrive rewritten to proxy URLs; an upstream-relative `/api/v1/...` one is mapped defensively. */
  const resolve = (href: string) => (href.startsWith('/api/v1/') ? `${deps.baseUrl}${href.slice(7)}` : href);

  function event(href: string, signal?: AbortSignal): Promise<[string, AppointmentOneEventInfo] | null> {
    const id = eventIdFromHref(href);
    if (id === null) return Promise.resolve(null);
    const load = async (s?: AbortSignal): Promise<[string, AppointmentOneEventInfo]> => {
      const { body } = await limiter.run(() => http.getJson(resolve(href), s));
      return [id, eventInfo(parseEnvelope('appointment-one', appointmentOneEventSchema, body, 'an event'))];
    };
    return cache.get(`event:${id}`, load, null, signal);
  }

  /** Starts one lookup per distinct event link in `records`; a failed lookup just leaves the id. */
  function eventsOf(
    records: readonly unknown[],
    into: Map<string, ReturnType<typeof event>>,
    signal?: AbortSignal,
  ) {
    for (const record of records) {
      const links = linksSchema.safeParse((record as { links?: unknown } | null)?.links);
      const href = links.success ? linkHref(links.data, 'event') : null;
      if (href !== null && !into.has(href)) into.set(href, event(href, signal));
    }
  }

  async function eventMap(lookups: Iterable<ReturnType<typeof event>>) {
    return { events: new Map((await Promise.all(lookups)).filter((entry) => entry !== null)) };
  }

  async function listAppointments(_range: unknown, { signal, onProgress }: ListOptions = {}) {
    const records: unknown[] = [];
    const lookups = new Map<string, ReturnType<typeof event>>();
    const seen = new Set<string>();
    let totalPages: number | null = null;
    let url: string | null = `${deps.baseUrl}/appointment`;
    while (url !== null) {
      assertNewPage('appointment-one', seen, url);
      const { body } = await http.getJson(url, signal);
      const page = parseEnvelope('appointment-one', appointmentOneListSchema, body, 'a page');
      records.push(...page.appointments);
      eventsOf(page.appointments, lookups, signal);
      // Totals are for progress only: the doc warns not to trust count/total_count for paging.
      if (totalPages === null && page.count > 0) totalPages = Math.ceil(page.total_count / page.count);
      const itemsFetched = records.length;
      onProgress?.({ pagesFetched: seen.size, totalPages, itemsFetched, totalItems: page.total_count });
      const next = linkHref(page.links, 'next');
      url = next === null ? null : resolve(next);
    }
    return normaliseList(records, await eventMap(lookups.values()));
  }

  async function getAppointment(id: string, { signal }: { signal?: AbortSignal } = {}) {
    const { body } = await http.getJson(`${deps.baseUrl}/appointment/${encodeURIComponent(id)}`, signal);
    const wire = parseEnvelope('appointment-one', appointmentOneAppointmentSchema, body, 'an appointment');
    const href = linkHref(wire.links, 'event');
    const names = await eventMap(href === null ? [] : [event(href, signal)]);
    return normaliseOne('appointment-one', () => normaliseAppointmentOne(wire, body, names));
  }

  return { id: 'appointment-one', rangeScoped: false, listAppointments, getAppointment };
}
