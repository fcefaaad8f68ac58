// How the mirror syncs Caspen (../shared/providers/caspen.md): no date filter upstream, so every page by
// cursor (`limit=100`, following `links.next`), reference lists first. New bookings are looked for on
// the last page: cursor pages run in creation order (prefixed ULIDs), so a new booking lands at the end.
import { z } from 'zod';
import { providerProxyBase } from '../../../contract/api-paths.ts';
import { refKey, type SyncSegment, type SyncStrategy } from '../../mirror/strategy.ts';
import { isoInstant, pick, recordId, reject, underBase } from '../../mirror/strategy-kit.ts';

const BASE = providerProxyBase('caspen');
const list = (collection: string) => `${BASE}/${collection}?limit=100`;

/** What the dashboard reads of an appointment (its wire schema's fields); pricing extras are dropped. */
const APPOINTMENT_FIELDS = [
  'id',
  'location_id',
  'practitioner_id',
  'service_id',
  'client_id',
  'client_package_id',
  'case_id',
  'starts_at',
  'ends_at',
  'duration',
  'status',
  'confirmed',
  'confirmed_at',
  'room_id',
  'vehicle_id',
  'resource_ids',
  'note',
  'cancellation_reason_id',
  'cancellation_note',
  'cancelled_at',
  'created_at',
] as const;

/** Clients hold health data (caspen.md, "Clients"): the mirror keeps name and contact, nothing else. */
const REF_FIELDS: Record<string, readonly string[]> = {
  services: ['id', 'name'],
  locations: ['id', 'name', 'timezone'],
  practitioners: ['id', 'name', 'first_name', 'last_name'],
  rooms: ['id', 'name'],
  clients: ['id', 'first_name', 'last_name', 'preferred_name', 'email', 'phone_number', 'phone_numbers'],
};

const minimal = z.object({ id: recordId, starts_at: isoInstant, ends_at: isoInstant });
const refSchema = z.object({ id: recordId });
const pageSchema = z.object({
  data: z.array(z.unknown()),
  links: z.object({ next: z.string().nullable() }),
});

const refSegment = (collection: string, optional = false): SyncSegment => ({
  kind: 'ref',
  collection,
  url: list(collection),
  optional,
});

export const caspenSync: SyncStrategy = {
  provider: 'caspen',
  // caspen.md, "Rate limits": 60 requests per rolling 60 s per key (the headers say so too).
  budget: { limit: 60, windowMs: 60_000 },
  fullScan: () => [
    refSegment('services'),
    refSegment('locations'),
    // Undocumented endpoints (the project's assumption): a 404 leaves the ids showing.
    refSegment('practitioners', true),
    refSegment('rooms', true),
    refSegment('clients'),
    { kind: 'appointments', collection: 'appointments', url: list('appointments') },
  ],
  poll: (_range, tail) =>
    tail === null ? [] : [{ kind: 'appointments', collection: 'appointments', url: tail }],
  item: (id) => `${BASE}/appointments/${encodeURIComponent(id)}`,
  // caspen.md: `GET /v1/clients/{id}` (and services, locations; practitioners and rooms assumed).
  refItem: (collection, id) =>
    collection in REF_FIELDS ? `${BASE}/${collection}/${encodeURIComponent(id)}` : null,
  page: (_segment, _url, body) => {
    const page = pageSchema.parse(body);
    const next = page.links.next;
    if (next !== null && !underBase(next, BASE)) throw new Error('Caspen page link leaves the provider');
    return { items: page.data, next, pages: null };
  },
  appointment: (item) => {
    const parsed = minimal.safeParse(item);
    if (!parsed.success) return reject(item, parsed.error);
    const record = pick(item, APPOINTMENT_FIELDS);
    const keys = [
      ['services', record.service_id],
      ['locations', record.location_id],
      ['practitioners', record.practitioner_id],
      ['clients', record.client_id],
      ['rooms', record.room_id],
    ] as const;
    return {
      ok: true,
      id: parsed.data.id,
      startMs: parsed.data.starts_at,
      endMs: parsed.data.ends_at,
      record,
      refKeys: keys.flatMap(([c, id]) => (typeof id === 'string' && id !== '' ? [refKey(c, id)] : [])),
    };
  },
  ref: (collection, item) => {
    const fields = REF_FIELDS[collection];
    const parsed = refSchema.safeParse(item);
    if (fields === undefined || !parsed.success) return null;
    const record = pick(item, fields);
    if (collection === 'clients' && Array.isArray(record.phone_numbers))
      record.phone_numbers = record.phone_numbers.map((p: unknown) => pick(p ?? {}, ['number']));
    return { id: parsed.data.id, record };
  },
};
