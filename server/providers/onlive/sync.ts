// How the mirror syncs ONLIVE.SITE (../shared/providers/onlive.md): it filters by date upstream, so the
// mirror walks date windows (`startDate`/`endDate`, at most 6 months each, `limit=100`). A full scan
// covers the retention window to the horizon; the poll for new bookings covers the coming weeks.
import { z } from 'zod';
import { providerProxyBase } from '../../../contract/api-paths.ts';
import { refKey, type SyncSegment, type SyncStrategy } from '../../mirror/strategy.ts';
import {
  chunks,
  DAY_MS,
  isoInstant,
  pageOf,
  pick,
  recordId,
  reject,
  startOfUtcDay,
  withPage,
} from '../../mirror/strategy-kit.ts';

const BASE = providerProxyBase('onlive');
const LIMIT = 100;
/** 180 days always fit in "max range 6 months". */
const CHUNK_MS = 180 * DAY_MS;
/** How far ahead the mirror keeps bookings. */
export const ONLIVE_HORIZON_MS = 400 * DAY_MS;
/** What each poll re-reads: where new bookings land. */
export const ONLIVE_POLL_AHEAD_MS = 90 * DAY_MS;

/** The fields the dashboard reads; `cancellationToken`, `reminders` and `organizationId` are dropped. */
const APPOINTMENT_FIELDS = [
  'id',
  'externalId',
  'deletedAt',
  'cancelledAt',
  'createdAt',
  'updatedAt',
  'title',
  'description',
  'lang',
  'start',
  'end',
  'startAt',
  'endAt',
  'event',
  'guests',
  'extraFields',
  'calendarIds',
  'serviceId',
  'state',
  'status',
  'subStatus',
  'blocked',
  'origin',
  'userGroupId',
  'cancellationOrigin',
  'agentComment',
] as const;

const REF_FIELDS: Record<string, readonly string[]> = {
  calendars: ['id', 'name', 'timezone', 'type'],
  services: ['id', 'name'],
  userGroups: ['id', 'name'],
};

// v1 `start`/`end` or v2 `startAt`/`endAt` (onlive.md, "Quirks"), and `updatedAt` on both.
const minimal = z
  .object({
    id: recordId,
    start: isoInstant.optional(),
    startAt: isoInstant.optional(),
    end: isoInstant.optional(),
    endAt: isoInstant.optional(),
    updatedAt: isoInstant,
  })
  .transform((v, ctx) => {
    const startMs = v.start ?? v.startAt;
    const endMs = v.end ?? v.endAt;
    if (startMs === undefined || endMs === undefined) {
      ctx.addIssue({ code: 'custom', path: [startMs === undefined ? 'start' : 'end'], message: 'Required' });
      return z.NEVER;
    }
    return { id: v.id, startMs, endMs };
  });

const pageSchema = z.object({
  items: z.array(z.unknown()),
  totalPages: z.number().int().nonnegative().optional(),
  pages: z.number().int().nonnegative().optional(),
});

function windowSegments(fromMs: number, toMs: number): SyncSegment[] {
  return chunks(fromMs, toMs, CHUNK_MS).map((c) => {
    const query = new URLSearchParams({
      // Inclusive upstream, half-open here: `endDate` is 1 ms before the next chunk's start.
      startDate: new Date(c.fromMs).toISOString(),
      endDate: new Date(c.toMs - 1).toISOString(),
      page: '1',
      limit: String(LIMIT),
    });
    return { kind: 'appointments', collection: 'appointments', url: `${BASE}/appointments?${query}` };
  });
}

/** Collections are named as the browser's reference lists name them; `path` is the endpoint. */
const refSegment = (collection: string, path = collection): SyncSegment => ({
  kind: 'ref',
  collection,
  url: `${BASE}/${path}?page=1&limit=${LIMIT}`,
});

export const onliveSync: SyncStrategy = {
  provider: 'onlive',
  // onlive.md, "Rate limits": 1000 reads per minute per key; no rate headers are documented.
  budget: { limit: 1000, windowMs: 60_000 },
  fullScan: (range) => [
    refSegment('calendars'),
    refSegment('services'),
    refSegment('userGroups', 'user-groups'),
    ...windowSegments(range.fromMs, startOfUtcDay(range.nowMs) + ONLIVE_HORIZON_MS),
  ],
  poll: (range) =>
    windowSegments(startOfUtcDay(range.nowMs), startOfUtcDay(range.nowMs) + ONLIVE_POLL_AHEAD_MS),
  item: (id) => `${BASE}/appointments/${encodeURIComponent(id)}`,
  page: (_segment, url, body) => {
    const page = pageSchema.parse(body);
    const n = pageOf(url);
    const last = page.totalPages ?? page.pages;
    // Stop on a short page or the last page number, "whichever the response tells" (onlive.md).
    const done = page.items.length < LIMIT || (last !== undefined && n >= last);
    return { items: page.items, next: done ? null : withPage(url, n + 1), pages: last ?? null };
  },
  appointment: (item) => {
    const parsed = minimal.safeParse(item);
    if (!parsed.success) return reject(item, parsed.error);
    const record = pick(item, APPOINTMENT_FIELDS);
    const calendars = Array.isArray(record.calendarIds) ? record.calendarIds : [];
    const keys: [string, unknown][] = [
      ...calendars.map((id): [string, unknown] => ['calendars', id]),
      ['services', record.serviceId],
      ['userGroups', record.userGroupId],
    ];
    return {
      ok: true,
      ...parsed.data,
      record,
      refKeys: keys.flatMap(([c, id]) => (typeof id === 'string' && id !== '' ? [refKey(c, id)] : [])),
    };
  },
  ref: (collection, item) => {
    const fields = REF_FIELDS[collection];
    const parsed = z.object({ id: recordId }).safeParse(item);
    return fields === undefined || !parsed.success
      ? null
      : { id: parsed.data.id, record: pick(item, fields) };
  },
};
