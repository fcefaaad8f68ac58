import type { Range } from '../../domain/range.ts';
import type { AdapterDeps, ListOptions, ListResult, ProviderAdapter } from '../contract.ts';
import { normaliseOne, parseEnvelope } from '../envelope.ts';
import { createHttpClient } from '../http.ts';
import { createLimiter } from '../limiter.ts';
import { dedupeByKey } from '../normalise-list.ts';
import { createProgressTracker, type ProgressTracker } from '../progress.ts';
import { createRefCache } from '../ref-cache.ts';
import { EMPTY_ONLIVE_NAMES, normaliseList, normaliseOnlive, type OnliveNames } from './normalise.ts';
import { rangeParams, splitRange } from './range-chunks.ts';
import { calendarInfos, namesById } from './refs.ts';
import { onliveAppointmentSchema, onlivePageSchema, onliveRefPageSchema } from './wire.ts';

/** "limit: max 100" (onlive.md, GET /api/v1/appointments). */
const PAGE_LIMIT = 100;
/** At most 4 requests in flight per adapter: well inside 1000 reads/min, kind to the browser. */
const CONCURRENCY = 4;
/** A reference list longer than this is not a list of names any more; stop rather than loop. */
const MAX_REF_PAGES = 50;

/**
 * ONLIVE.SITE filters by date upstream (`startDate`/`endDate`, inclusive, at most 6 months), so this adapter
 * is range-scoped: longer ranges are split into chunks, each paged with `limit=100`; pages after the first
 * are fetched in parallel once page 1 has told `totalPages`.
 */
export function createOnliveAdapter(deps: AdapterDeps): ProviderAdapter {
  const http = createHttpClient('onlive', deps.fetch, deps.now);
  const limiter = createLimiter(CONCURRENCY);
  const cache = createRefCache({ now: deps.now });
  const get = (url: string, signal?: AbortSignal) => limiter.run(() => http.getJson(url, signal));

  async function page(url: string, signal?: AbortSignal) {
    const { body } = await get(url, signal);
    return parseEnvelope('onlive', onlivePageSchema, body, 'a page');
  }

  async function chunk(range: Range, part: number, progress: ProgressTracker, signal?: AbortSignal) {
    const params = rangeParams(range);
    const url = (n: number) =>
      `${deps.baseUrl}/appointments?${new URLSearchParams({ ...params, page: String(n), limit: String(PAGE_LIMIT) })}`;
    const first = await page(url(1), signal);
    progress.partTotals(part, first.totalPages, first.total);
    progress.page(first.items.length);
    const later = Array.from({ length: Math.max(first.totalPages - 1, 0) }, (_, i) => i + 2);
    const rest = await Promise.all(
      later.map(async (n) => {
        const next = await page(url(n), signal);
        progress.page(next.items.length);
        return next.items;
      }),
    );
    return [first.items, ...rest].flat();
  }

  async function refList(path: string, signal?: AbortSignal): Promise<unknown[]> {
    const items: unknown[] = [];
    for (let n = 1; n <= MAX_REF_PAGES; n += 1) {
      const { body } = await get(`${deps.baseUrl}/${path}?page=${n}&limit=${PAGE_LIMIT}`, signal);
      const next = parseEnvelope('onlive', onliveRefPageSchema, body, 'a page');
      items.push(...next.items);
      // Stop on a short page or the last page number, "whichever the response tells" (onlive.md).
      const last = next.totalPages ?? next.pages;
      if (next.items.length < (next.limit ?? PAGE_LIMIT) || (last !== undefined && n >= last)) break;
    }
    return items;
  }

  async function names(signal?: AbortSignal): Promise<OnliveNames> {
    const e = EMPTY_ONLIVE_NAMES;
    const [calendars, services, userGroups] = await Promise.all([
      cache.get('calendars', (s) => refList('calendars', s).then(calendarInfos), e.calendars, signal),
      cache.get('services', (s) => refList('services', s).then(namesById), e.services, signal),
      cache.get('user-groups', (s) => refList('user-groups', s).then(namesById), e.userGroups, signal),
    ]);
    return { calendars, services, userGroups };
  }

  async function listAppointments(
    range: Range,
    { signal, onProgress }: ListOptions = {},
  ): Promise<ListResult> {
    const namesPromise = names(signal);
    const chunks = splitRange(range);
    const progress = createProgressTracker(chunks.length, onProgress);
    const records = (await Promise.all(chunks.map((c, i) => chunk(c, i, progress, signal)))).flat();
    const { appointments, quarantined } = normaliseList(records, await namesPromise);
    const seen = new Set<string>();
    return {
      // Chunks meet at their edges; an appointment reported by two chunks is listed once.
      appointments: dedupeByKey(appointments),
      quarantined: quarantined.filter((q) => {
        const key = `${q.id}|${q.path}`;
        return seen.has(key) ? false : (seen.add(key), true);
      }),
    };
  }

  async function getAppointment(id: string, { signal }: { signal?: AbortSignal } = {}) {
    const namesPromise = names(signal);
    const { body } = await get(`${deps.baseUrl}/appointments/${encodeURIComponent(id)}`, signal);
    const wire = parseEnvelope('onlive', onliveAppointmentSchema, body, 'an appointment');
    const resolved = await namesPromise;
    return normaliseOne('onlive', () => normaliseOnlive(wire, body, resolved));
  }

  return { id: 'onlive', rangeScoped: true, listAppointments, getAppointment };
}
