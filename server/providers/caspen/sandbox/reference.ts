import {
  type CaspenCancellationReason,
  type CaspenLocation,
  type CaspenPractitioner,
  type CaspenRoom,
  type CaspenService,
  caspenTime,
} from './wire.ts';
import type { Random } from '../../../sandbox/data/random.ts';
import { XSS_IMG_TEXT, LONG_TITLE } from '../../../sandbox/data/texts.ts';
import { DAY_MS } from '../../../sandbox/data/time-slots.ts';
import { SITES } from '../../../sandbox/data/world.ts';

// Reference data of the fake Caspen account: locations map 1:1 onto SITES (same index).
const LOCATION_NAMES = ['Harbour Clinic', 'Clínica Salamanca', 'Midtown Studio', '渋谷クリニック'];
const PRACTITIONERS: readonly [string, string][] = [
  ['Charlotte', 'Nguyen'],
  ['Liam', "O'Connor"],
  ['Íñigo', 'Núñez'],
  ['Carmen', 'Ruiz'],
  ['Tyrone', 'Jackson'],
  ['Rebecca', 'Goldberg'],
  ['花子', '佐藤'],
  ['Kenji', 'Watanabe'],
];
const SERVICES: readonly [string, number, number][] = [
  ['Initial consultation', 60, 12000],
  ['Follow-up consultation', 30, 8000],
  ['Physiotherapy', 45, 9500],
  ['Remedial massage', 90, 15000],
  ['Telehealth check-in', 15, 4000],
  ['Group rehabilitation class', 120, 3500],
  ['Acupuncture', 60, 11000],
  [LONG_TITLE, 75, 18000],
];
const REASONS: readonly [string, boolean][] = [
  ['Client unwell', false],
  ['Scheduling conflict', false],
  ['Weather', false],
  ['No reason given', false],
  ['Practitioner unavailable (archived)', true],
];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface CaspenReference {
  locations: CaspenLocation[];
  services: CaspenService[];
  practitioners: CaspenPractitioner[];
  rooms: CaspenRoom[];
  cancellationReasons: CaspenCancellationReason[];
}

export function caspenReference(rng: Random, anchorMs: number): CaspenReference {
  const created = () => caspenTime(anchorMs - rng.int(400, 900) * DAY_MS + rng.int(0, 86_399) * 1000);
  const id = (prefix: string) => `${prefix}_${rng.ulid(anchorMs - rng.int(400, 900) * DAY_MS)}`;
  const locationIds = SITES.map(() => id('loc'));
  const practitioners = PRACTITIONERS.map(([first, last], i): CaspenPractitioner => ({
    id: id('pra'),
    first_name: first,
    last_name: last,
    name: i === 6 ? `${last} ${first}` : `${first} ${last}`,
    email: i === 7 ? null : `practitioner${i + 1}@clinic.example.com`,
    phone: i === 7 ? null : `${SITES[Math.floor(i / 2)]?.phonePrefix ?? '+614'}0000${i}${i}${i}`,
    location_ids: [locationIds[Math.floor(i / 2)] ?? ''],
    created_at: created(),
  }));
  const services = SERVICES.map(([name, duration, price], i): CaspenService => {
    const bare = i === SERVICES.length - 1; // every nullable field null
    return {
      id: id('ser'),
      category_id: id('cat'),
      progress_note_template_id: bare ? null : id('pnt'),
      appointment_notification_set_id: bare || i % 2 ? null : id('ans'),
      tax_id: id('tax'),
      name,
      description: bare ? null : i === 3 ? XSS_IMG_TEXT : `${name} with one of our practitioners.`,
      item_code: bare ? null : `ITEM-${100 + i}`,
      duration,
      buffer_before_duration: i % 3 === 0 ? 5 : 0,
      buffer_after_duration: i % 2 === 0 ? 10 : 0,
      price,
      price_unit: i === 3 ? 'hourly' : 'fixed',
      online_booking: i !== 5,
      practitioner_ids: practitioners.filter((_, p) => (p + i) % 3 !== 0).map((p) => p.id),
      location_ids: bare ? [] : locationIds,
      tag_ids: [],
      created_at: created(),
    };
  });
  const locations = SITES.map((site, i): CaspenLocation => {
    const bare = i === SITES.length - 1; // every nullable field null
    return {
      id: locationIds[i] ?? '',
      name: LOCATION_NAMES[i] ?? site.city,
      description: bare ? null : `Our ${site.city} practice.`,
      email: bare ? null : `${site.countryCode.toLowerCase()}@clinic.example.com`,
      phone: bare ? null : `${site.phonePrefix}${'0'.repeat(site.phoneDigits - 1)}1`,
      timezone: site.zone,
      country_code: site.countryCode,
      online_booking: bare ? null : true,
      abn: site.countryCode === 'AU' ? '51 824 753 556' : null,
      ndis_number: site.countryCode === 'AU' ? '4050012345' : null,
      logo_id: null,
      image_id: bare ? null : id('img'),
      service_ids: services.filter((s) => s.location_ids.includes(locationIds[i] ?? '')).map((s) => s.id),
      practitioner_ids: practitioners
        .filter((p) => p.location_ids.includes(locationIds[i] ?? ''))
        .map((p) => p.id),
      opening_hours: openingHours(),
      address: {
        line1: site.street,
        line2: bare ? null : 'Level 2',
        city: site.city,
        state: site.state,
        postal_code: site.postalCode,
        country_code: site.countryCode,
      },
      created_at: created(),
    };
  });
  const rooms = locationIds.flatMap((locationId, i) =>
    [`Room ${i + 1}A`, `Room ${i + 1}B`].map((name): CaspenRoom => ({
      id: id('rom'),
      name,
      location_id: locationId,
      created_at: created(),
    })),
  );
  const cancellationReasons = REASONS.map(([name, archived]): CaspenCancellationReason => ({
    id: id('cnr'),
    name,
    archived,
    created_at: created(),
  }));
  return { locations, services, practitioners, rooms, cancellationReasons };
}

function openingHours(): Record<string, boolean | string | null> {
  const hours: Record<string, boolean | string | null> = {};
  DAYS.forEach((day, i) => {
    const active = i < 6;
    hours[`${day}_active`] = active;
    hours[`${day}_opens_at`] = active ? '08:00' : null;
    hours[`${day}_closes_at`] = active ? (i === 5 ? '13:00' : '18:00') : null;
  });
  return hours;
}
