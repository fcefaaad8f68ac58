import type { AdapterDeps, ListOptions, ProviderAdapter } from '../contract.ts';
import { assertNewPage, normaliseOne, parseEnvelope } from '../envelope.ts';
import { createHttpClient } from '../http.ts';
import { createRefCache } from '../ref-cache.ts';
import { normaliseCaspen, normaliseList, EMPTY_CASPEN_NAMES, type CaspenNames } from './normalise.ts';
import { createPacer, type PacerOptions } from './pacer.ts';
import { clientPeople, locationNames, practitionerNames, roomNames, serviceNames } from './refs.ts';
import { caspenAppointmentSchema, caspenPageSchema } from './wire.ts';

/** Caspen's documented page maximum (caspen.md "Pagination"). */
const PAGE_LIMIT = 100;

export type CaspenAdapterOptions = Pick<PacerOptions, 'reserve' | 'marginMs' | 'maxWaitMs' | 'maxAttempts'>;

/**
 * Caspen cannot filter by date (only `cursor` and `limit` are documented), so the adapter fetches the
 * full set by following `links.next` until null; the view filters by date. One pacer covers every call.
 */
export function createCaspenAdapter(deps: AdapterDeps, options: CaspenAdapterOptions = {}): ProviderAdapter {
  const http = createHttpClient('caspen', deps.fetch, deps.now);
  const pacer = createPacer({ now: deps.now, sleep: deps.sleep, ...options });
  const cache = createRefCache({ now: deps.now });
  const get = (url: string, signal?: AbortSignal) => pacer.run(() => http.getJson(url, signal), signal);

  async function fetchAll(
    path: string,
    signal?: AbortSignal,
    onPage?: (pages: number, items: number) => void,
  ) {
    const records: unknown[] = [];
    const seen = new Set<string>();
    let url: string | null = `${deps.baseUrl}/${path}?limit=${PAGE_LIMIT}`;
    while (url !== null) {
      assertNewPage('caspen', seen, url);
      const { body } = await get(url, signal);
      const page = parseEnvelope('caspen', caspenPageSchema, body, 'a page');
      records.push(...page.data);
      onPage?.(seen.size, records.length);
      url = page.links.next; // already a same-origin proxy URL: follow it verbatim
    }
    return records;
  }

  const refList = <T>(path: string, toNames: (records: unknown[]) => T, empty: T, signal?: AbortSignal) =>
    cache.get(path, (s) => fetchAll(path, s).then(toNames), empty, signal);

  async function names(signal?: AbortSignal): Promise<CaspenNames> {
    const e = EMPTY_CASPEN_NAMES;
    const [services, locations, clients, practitioners, rooms] = await Promise.all([
      refList('services', serviceNames, e.services, signal),
      refList('locations', locationNames, e.locations, signal),
      refList('clients', clientPeople, e.clients, signal),
      refList('practitioners', practitionerNames, e.practitioners, signal),
      refList('rooms', roomNames, e.rooms, signal),
    ]);
    return { services, locations, clients, practitioners, rooms };
  }

  async function listAppointments(_range: unknown, { signal, onProgress }: ListOptions = {}) {
    // The first page goes first in the pacer's queue: a provider that does not answer is then known
    // after one request's timeout, not after every reference lookup queued before it has timed out.
    const records = fetchAll('appointments', signal, (pagesFetched, itemsFetched) =>
      onProgress?.({ pagesFetched, totalPages: null, itemsFetched, totalItems: null }),
    );
    const namesPromise = names(signal);
    return normaliseList(await records, await namesPromise);
  }

  async function getAppointment(id: string, { signal }: { signal?: AbortSignal } = {}) {
    const namesPromise = names(signal);
    const { body } = await get(`${deps.baseUrl}/appointments/${encodeURIComponent(id)}`, signal);
    const wire = parseEnvelope('caspen', caspenAppointmentSchema, body, 'an appointment');
    const resolved = await namesPromise;
    return normaliseOne('caspen', () => normaliseCaspen(wire, body, resolved));
  }

  return { id: 'caspen', rangeScoped: false, listAppointments, getAppointment };
}
